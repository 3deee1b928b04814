package com.pairwise.matching.engine;

/**
 * The same exact min-cost flow as {@link MinCostFlow}, augmented from the other side: one unit of supply per free
 * mentor place instead of one per mentee. {@link MinCostFlow#solve} picks this side when places are scarcer than
 * mentees, because then every search ends at a nearby unmatched mentee, while the mentee side has to search
 * saturated regions to prove that a late mentee is best left (or pushed) out.
 *
 * <h2>Model</h2>
 * Every place either takes a mentee (cost vmax − value, values from {@link ObjectiveEncoding}) or stays empty
 * (cost vmax), so the total is a constant minus the total value, and the minimum is the lexicographic optimum.
 * Staying empty is an arc from each mentor to the sink with unlimited capacity.
 *
 * <h2>Algorithm</h2>
 * Successive shortest paths, one place at a time (mentors in id order, round after round, so that early mentors do
 * not take every good mentee first). A path runs mentor → mentee → that mentee's mentor → … and ends either at an
 * unmatched mentee (who takes the place) or at a mentor who gives up a place (it stays empty). A placed mentee has
 * exactly one residual arc out (back to its mentor, tight), so mentees are folded into mentor → mentor arcs of cost
 * c(m, r) − c(a, r), where a is r's mentor: Dijkstra runs over mentors and the sink only (a few thousand heap
 * entries), each settled mentor scanning its own mentees. Early stop and truncated potentials as in
 * {@link MinCostFlow}: π(m) += d(m) − d(sink) for settled mentors. Folding keeps reduced costs ≥ 0: when r moves from
 * a to m', the new arc x → m' is the old arc x → a followed by the reversed, tight path arc a → m'.
 *
 * <p>When a place stays empty straight from its own mentor, the residual network did not change, so every further
 * place of that mentor would stay empty too: they are skipped. Ties: the sink pops first among equal keys, then lower
 * mentor ids; relaxations are strict; so the result is a function of the graph. Time: O(places · settled mentors ·
 * mentor degree), small in practice. Memory: the graph transposed (8 bytes per edge) plus O(V).
 */
final class PlaceSideShortestPaths {

    private PlaceSideShortestPaths() {
    }

    static MinCostFlow.Solution solve(CandidateGraph g, Objective objective, ProgressListener progress) {
        ObjectiveEncoding enc = g.encoding(objective);
        final int rows = g.rows();
        final int cols = g.cols();
        final long mult = enc.multiplier();
        final long smax = g.maxScore;
        // Edge cost c = vmax − value = mult·(smax − score); staying empty costs vmax.
        final long vmax = mult * smax + enc.offset();

        // Transpose: each mentor's eligible mentees, in row order.
        final int[] colStart = new int[cols + 1];
        for (int c : g.col) {
            colStart[c + 1]++;
        }
        for (int j = 0; j < cols; j++) {
            colStart[j + 1] += colStart[j];
        }
        final int[] adjRow = new int[g.col.length];
        final int[] adjScore = new int[g.col.length];
        int[] fill = java.util.Arrays.copyOf(colStart, cols);
        for (int r = 0; r < rows; r++) {
            for (int e = g.rowStart[r], end = g.rowStart[r + 1]; e < end; e++) {
                int k = fill[g.col[e]]++;
                adjRow[k] = r;
                adjScore[k] = g.score[e];
            }
        }
        fill = null;

        final int sink = cols;
        final int[] mentorOf = new int[rows];
        java.util.Arrays.fill(mentorOf, -1);
        final int[] rowScore = new int[rows];
        final long[] pot = new long[cols + 1];
        final long[] dist = new long[cols + 1];
        final int[] stamp = new int[cols + 1];
        final int[] predMentor = new int[cols + 1];
        final int[] predRow = new int[cols + 1];
        final int[] predScore = new int[cols + 1];
        final int[] settled = new int[cols];
        final int[] dirty = new int[cols];
        final int[] dirtyStamp = new int[cols];
        final IndexedMinHeap heap = new IndexedMinHeap(cols + 1, sink);

        int[] left = new int[cols];
        int maxCap = 0;
        long places = 0;
        for (int j = 0; j < cols; j++) {
            left[j] = colStart[j] == colStart[j + 1] ? 0 : g.capacity[j];
            maxCap = Math.max(maxCap, left[j]);
            places += left[j];
        }
        long done = 0;
        long step = Math.max(1, places / 100);
        int gen = 0;
        for (int round = 0; round < maxCap; round++) {
            for (int src = 0; src < cols; src++) {
                if (left[src] == 0) {
                    continue;
                }
                left[src]--;
                if (++done % step == 0) {
                    progress.onProgress("optimising", done, places);
                }
                gen++;
                heap.clear();
                stamp[src] = gen;
                dist[src] = 0;
                heap.push(src, 0);
                int nSettled = 0;
                // The sink is kept out of the heap: the search stops once no mentor is closer (the sink wins ties).
                long sinkDist = Long.MAX_VALUE;
                while (!heap.isEmpty() && heap.minKey() < sinkDist) {
                    int v = heap.pop();
                    settled[nSettled++] = v;
                    final long base = dist[v] + pot[v];
                    final long potSink = pot[sink];
                    // v gives up a place: it stays empty.
                    long nd = base + vmax - potSink;
                    if (nd < sinkDist) {
                        sinkDist = nd;
                        predMentor[sink] = v;
                        predRow[sink] = -1;
                    }
                    final long toFree = base + mult * smax - potSink;
                    // Improved mentors are collected and pushed once per scan, not once per improvement.
                    int nDirty = 0;
                    for (int e = colStart[v], end = colStart[v + 1]; e < end; e++) {
                        int r = adjRow[e];
                        int a = mentorOf[r];
                        if (a == v) {
                            continue;
                        }
                        int s = adjScore[e];
                        if (a < 0) {
                            nd = toFree - mult * s;
                            if (nd < sinkDist) {
                                sinkDist = nd;
                                predMentor[sink] = v;
                                predRow[sink] = r;
                                predScore[sink] = s;
                            }
                        } else {
                            nd = base + mult * (rowScore[r] - s) - pot[a];
                            if (nd >= sinkDist) {
                                continue; // never settled before the sink
                            }
                            if (stamp[a] != gen) {
                                stamp[a] = gen;
                                dist[a] = nd;
                                dirtyStamp[a] = gen;
                                dirty[nDirty++] = a;
                            } else if (nd < dist[a]) {
                                dist[a] = nd;
                                if (dirtyStamp[a] != gen) {
                                    dirtyStamp[a] = gen;
                                    dirty[nDirty++] = a;
                                }
                            } else {
                                continue;
                            }
                            predMentor[a] = v;
                            predRow[a] = r;
                            predScore[a] = s;
                        }
                    }
                    for (int i = 0; i < nDirty; i++) {
                        int a = dirty[i];
                        dirtyStamp[a] = 0;
                        if (dist[a] < sinkDist) {
                            heap.push(a, dist[a]);
                        }
                    }
                }
                dist[sink] = sinkDist;
                long total = dist[sink];
                for (int i = 0; i < nSettled; i++) {
                    int v = settled[i];
                    pot[v] += dist[v] - total;
                }

                int m = predMentor[sink];
                int r = predRow[sink];
                if (r < 0 && m == src) {
                    left[src] = 0; // stays empty, and so would every further place of this mentor
                    continue;
                }
                if (r >= 0) {
                    mentorOf[r] = m;
                    rowScore[r] = predScore[sink];
                }
                // Walk back: each mentor on the path takes the mentee of the next one.
                while (m != src) {
                    int moved = predRow[m];
                    int prev = predMentor[m];
                    mentorOf[moved] = prev;
                    rowScore[moved] = predScore[m];
                    m = prev;
                }
            }
        }
        progress.onProgress("optimising", places, places);

        int matched = 0;
        long totalScore = 0;
        for (int r = 0; r < rows; r++) {
            if (mentorOf[r] >= 0) {
                matched++;
                totalScore += rowScore[r];
            }
        }
        return new MinCostFlow.Solution(mentorOf, matched, totalScore, enc.total(matched, totalScore));
    }
}
