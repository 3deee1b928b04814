package com.pairwise.matching.engine;

/**
 * Exact min-cost flow on the mentee → mentor → sink network of a {@link CandidateGraph}: successive shortest paths
 * with Dijkstra on reduced costs (node potentials), specialised to this bipartite shape so no per-edge flow array is
 * needed (each mentee carries at most one unit, recorded as its assigned edge).
 *
 * <h2>Model</h2>
 * Every mentee must take exactly one option: an eligible mentor (cost = vmax − value) or staying unmatched
 * (cost = vmax, value 0), where values come from {@link ObjectiveEncoding} and vmax is the largest value, so all costs
 * are ≥ 0. Minimising total cost = maximising total value = the lexicographic optimum. The "unmatched" option is an
 * arc from the mentee straight to the sink with unlimited capacity.
 *
 * <h2>Algorithm</h2>
 * {@link #solve} augments from mentor places instead ({@link PlaceSideShortestPaths}) when places are scarcer than
 * mentees; what follows is the mentee side, used otherwise. Mentees are added one at a time (canonical id order). Adding one unit of supply at mentee r to an optimal flow and
 * augmenting along a shortest r → sink path in the residual network gives an optimal flow for the enlarged supply
 * (the classic successive-shortest-path argument: the residual network keeps no negative cycle). A path may re-route
 * other mentees to other mentors, or push one of them out to "unmatched", when that is better overall.
 * Dijkstra stops as soon as the sink is settled; potentials are then updated as π(v) += d(v) − d(sink) for settled
 * nodes only, which keeps every residual reduced cost ≥ 0 without touching the rest of the graph. This early stop is
 * what makes the method fast: most mentees find a free mentor within a handful of nodes. When a region of the graph
 * is saturated, the first search through it lowers its potentials by about one "unmatched" cost, so later searches
 * enter it at that price and finish quickly instead of re-exploring it.
 *
 * <p>Time: O(rows · (E + V log V)) worst case, far less in practice. Memory: O(V) beyond the graph.
 */
public final class MinCostFlow {

    /** Optimal assignment: for each mentee row the mentor column, or −1. */
    public record Solution(int[] mentorOfRow, int matched, long totalScore, long totalValue) {
    }

    private MinCostFlow() {
    }

    /**
     * The optimum, augmenting from whichever side runs out: from mentor places ({@link PlaceSideShortestPaths}) when
     * there are fewer places than mentees with an eligible mentor, else from mentees. Both are exact.
     */
    public static Solution solve(CandidateGraph g, Objective objective, ProgressListener progress) {
        return augmentsFromPlaces(g) ? PlaceSideShortestPaths.solve(g, objective, progress)
                : solveFromMentees(g, objective, progress);
    }

    /** Whether {@link #solve} augments from mentor places: there are fewer places than mentees who have a mentor. */
    public static boolean augmentsFromPlaces(CandidateGraph g) {
        long places = 0;
        long mentees = 0;
        for (int r = 0; r < g.rows(); r++) {
            if (g.rowStart[r] < g.rowStart[r + 1]) {
                mentees++;
            }
        }
        for (int c : g.capacity) {
            places += c;
        }
        return places < mentees;
    }

    /** Successive shortest paths from each mentee in turn (see the class comment). */
    static Solution solveFromMentees(CandidateGraph g, Objective objective, ProgressListener progress) {
        ObjectiveEncoding enc = g.encoding(objective);
        final int rows = g.rows();
        final int cols = g.cols();
        final int[] start = g.rowStart;
        final int[] col = g.col;
        final int[] score = g.score;
        final long mult = enc.multiplier();
        final long off = enc.offset();
        long vmaxTmp = 0;
        for (int s : score) {
            vmaxTmp = Math.max(vmaxTmp, mult * s + off);
        }
        final long vmax = vmaxTmp;
        final int sink = rows + cols;
        final int nodes = rows + cols + 1;

        long[] pot = new long[nodes];
        long[] dist = new long[nodes];
        int[] stamp = new int[nodes];
        int[] predNode = new int[nodes];
        int[] predEdge = new int[nodes];
        int[] settled = new int[nodes];
        IndexedMinHeap heap = new IndexedMinHeap(nodes, sink);

        int[] assignEdge = new int[rows];
        java.util.Arrays.fill(assignEdge, -1);
        int[] load = new int[cols];
        int[] slotStart = new int[cols + 1];
        for (int j = 0; j < cols; j++) {
            slotStart[j + 1] = slotStart[j] + g.capacity[j];
        }
        int[] slotRow = new int[slotStart[cols]];
        int[] slotPos = new int[rows];

        int gen = 0;
        int step = Math.max(1, rows / 100);
        for (int r = 0; r < rows; r++) {
            if (r % step == 0) {
                progress.onProgress("optimising", r, rows);
            }
            if (start[r] == start[r + 1]) {
                continue; // no eligible mentor: unmatched, and invisible to everyone else
            }
            gen++;
            heap.clear();
            stamp[r] = gen;
            dist[r] = 0;
            heap.push(r, 0);
            int nSettled = 0;
            // The sink stays out of the heap: the search stops once nothing is closer (the sink wins ties), and
            // nothing at or beyond the sink's distance is ever pushed.
            long sinkDist = Long.MAX_VALUE;
            while (!heap.isEmpty() && heap.minKey() < sinkDist) {
                int v = heap.pop();
                settled[nSettled++] = v;
                long base = dist[v] + pot[v];
                if (v < rows) {
                    // Staying unmatched (for v = r), or being pushed out (for a mentee already placed).
                    long nd = base + vmax - pot[sink];
                    if (nd < sinkDist) {
                        sinkDist = nd;
                        predNode[sink] = v;
                    }
                    int current = assignEdge[v] >= 0 ? col[assignEdge[v]] : -1;
                    for (int e = start[v], end = start[v + 1]; e < end; e++) {
                        int j = col[e];
                        if (j == current) {
                            continue;
                        }
                        int node = rows + j;
                        nd = base + (vmax - (mult * score[e] + off)) - pot[node];
                        if (nd < sinkDist && (stamp[node] != gen || nd < dist[node])) {
                            stamp[node] = gen;
                            dist[node] = nd;
                            predNode[node] = v;
                            predEdge[node] = e;
                            heap.push(node, nd);
                        }
                    }
                } else {
                    int j = v - rows;
                    if (load[j] < g.capacity[j]) {
                        long nd = base - pot[sink];
                        if (nd < sinkDist) {
                            sinkDist = nd;
                            predNode[sink] = v;
                        }
                    }
                    for (int s = slotStart[j], end = slotStart[j] + load[j]; s < end; s++) {
                        int k = slotRow[s];
                        int e = assignEdge[k];
                        long nd = base - (vmax - (mult * score[e] + off)) - pot[k];
                        if (nd < sinkDist && (stamp[k] != gen || nd < dist[k])) {
                            stamp[k] = gen;
                            dist[k] = nd;
                            predNode[k] = v;
                            heap.push(k, nd);
                        }
                    }
                }
            }
            dist[sink] = sinkDist;
            long total = sinkDist;
            for (int i = 0; i < nSettled; i++) {
                int v = settled[i];
                pot[v] += dist[v] - total;
            }

            int last = predNode[sink];
            int freed;
            if (last >= rows) {
                freed = last - rows;
            } else {
                if (last == r) {
                    continue; // best for r is to stay unmatched
                }
                // Mentee `last` is pushed out to make room; it can never come back (it is unreachable now).
                int j = col[assignEdge[last]];
                removeSlot(last, j, slotStart, slotRow, slotPos, load);
                assignEdge[last] = -1;
                freed = j;
            }
            while (true) {
                int node = rows + freed;
                int x = predNode[node];
                int e = predEdge[node];
                int old = assignEdge[x] >= 0 ? col[assignEdge[x]] : -1;
                if (old >= 0) {
                    removeSlot(x, old, slotStart, slotRow, slotPos, load);
                }
                int s = slotStart[freed] + load[freed]++;
                slotRow[s] = x;
                slotPos[x] = s;
                assignEdge[x] = e;
                if (x == r) {
                    break;
                }
                freed = old;
            }
        }
        progress.onProgress("optimising", rows, rows);

        int[] mentorOf = new int[rows];
        int matched = 0;
        long totalScore = 0;
        for (int r = 0; r < rows; r++) {
            int e = assignEdge[r];
            mentorOf[r] = e < 0 ? -1 : col[e];
            if (e >= 0) {
                matched++;
                totalScore += score[e];
            }
        }
        return new Solution(mentorOf, matched, totalScore, enc.total(matched, totalScore));
    }

    private static void removeSlot(int row, int j, int[] slotStart, int[] slotRow, int[] slotPos, int[] load) {
        int s = slotPos[row];
        int lastSlot = slotStart[j] + --load[j];
        int moved = slotRow[lastSlot];
        slotRow[s] = moved;
        slotPos[moved] = s;
    }
}
