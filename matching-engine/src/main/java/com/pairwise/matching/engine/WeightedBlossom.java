package com.pairwise.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maximum-weight matching in a general graph: Edmonds' blossom algorithm with the primal-dual method, O(n³).
 * Follows Galil's survey ("Efficient algorithms for finding maximum matching in graphs", 1986) in the well-known
 * structure of J. van Rantwijk's reference implementation. Integer weights keep every dual value an integer
 * (vertex duals are stored doubled), so the result is exact.
 */
final class WeightedBlossom {

    private final int nVertex;
    private final int nEdge;
    private final int[] edgeU;
    private final int[] edgeV;
    private final long[] edgeW;
    private final int[] endpoint;
    private final int[][] neighbend;
    private final int[] mate;
    private final int[] label;
    private final int[] labelEnd;
    private final int[] inBlossom;
    private final int[] blossomParent;
    private final int[][] blossomChilds;
    private final int[] blossomBase;
    private final int[][] blossomEndps;
    private final int[] bestEdge;
    private final int[][] blossomBestEdges;
    private final int[] unusedBlossoms;
    private int unusedCount;
    private final long[] dualVar;
    private final boolean[] allowEdge;
    private int[] queue;
    private int queueSize;

    private WeightedBlossom(int n, int[] u, int[] v, long[] w) {
        nVertex = n;
        nEdge = u.length;
        edgeU = u;
        edgeV = v;
        edgeW = w;
        long maxWeight = 0;
        for (long x : w) {
            maxWeight = Math.max(maxWeight, x);
        }
        endpoint = new int[2 * nEdge];
        int[] degree = new int[n];
        for (int k = 0; k < nEdge; k++) {
            endpoint[2 * k] = u[k];
            endpoint[2 * k + 1] = v[k];
            degree[u[k]]++;
            degree[v[k]]++;
        }
        neighbend = new int[n][];
        for (int i = 0; i < n; i++) {
            neighbend[i] = new int[degree[i]];
        }
        int[] fill = new int[n];
        for (int k = 0; k < nEdge; k++) {
            neighbend[u[k]][fill[u[k]]++] = 2 * k + 1;
            neighbend[v[k]][fill[v[k]]++] = 2 * k;
        }
        mate = new int[n];
        Arrays.fill(mate, -1);
        label = new int[2 * n];
        labelEnd = new int[2 * n];
        Arrays.fill(labelEnd, -1);
        inBlossom = new int[n];
        for (int i = 0; i < n; i++) {
            inBlossom[i] = i;
        }
        blossomParent = new int[2 * n];
        Arrays.fill(blossomParent, -1);
        blossomChilds = new int[2 * n][];
        blossomBase = new int[2 * n];
        for (int i = 0; i < n; i++) {
            blossomBase[i] = i;
        }
        Arrays.fill(blossomBase, n, 2 * n, -1);
        blossomEndps = new int[2 * n][];
        bestEdge = new int[2 * n];
        Arrays.fill(bestEdge, -1);
        blossomBestEdges = new int[2 * n][];
        unusedBlossoms = new int[n];
        for (int i = 0; i < n; i++) {
            unusedBlossoms[i] = n + i;
        }
        unusedCount = n;
        dualVar = new long[2 * n];
        Arrays.fill(dualVar, 0, n, maxWeight);
        allowEdge = new boolean[nEdge];
        queue = new int[Math.max(4, n)];
    }

    /**
     * @return mate[v] = partner vertex or −1. Edges (u[k], v[k]) with weight w[k]; no loops, at most one edge per pair.
     */
    static int[] solve(int n, int[] u, int[] v, long[] w) {
        if (u.length == 0) {
            int[] none = new int[n];
            Arrays.fill(none, -1);
            return none;
        }
        WeightedBlossom b = new WeightedBlossom(n, u, v, w);
        b.run();
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = b.mate[i] >= 0 ? b.endpoint[b.mate[i]] : -1;
        }
        return out;
    }

    private long slack(int k) {
        return dualVar[edgeU[k]] + dualVar[edgeV[k]] - 2 * edgeW[k];
    }

    private void leaves(int b, List<Integer> out) {
        if (b < nVertex) {
            out.add(b);
            return;
        }
        for (int t : blossomChilds[b]) {
            if (t < nVertex) {
                out.add(t);
            } else {
                leaves(t, out);
            }
        }
    }

    private List<Integer> leaves(int b) {
        List<Integer> out = new ArrayList<>();
        leaves(b, out);
        return out;
    }

    private void enqueue(int v) {
        if (queueSize == queue.length) {
            queue = Arrays.copyOf(queue, queue.length * 2);
        }
        queue[queueSize++] = v;
    }

    private void assignLabel(int w, int t, int p) {
        while (true) {
            int b = inBlossom[w];
            label[w] = label[b] = t;
            labelEnd[w] = labelEnd[b] = p;
            bestEdge[w] = bestEdge[b] = -1;
            if (t == 1) {
                for (int leaf : leaves(b)) {
                    enqueue(leaf);
                }
                return;
            }
            // T-blossom: its base's mate becomes S.
            int base = blossomBase[b];
            int m = mate[base];
            w = endpoint[m];
            t = 1;
            p = m ^ 1;
        }
    }

    private int scanBlossom(int v, int w) {
        List<Integer> path = new ArrayList<>();
        int base = -1;
        while (v != -1 || w != -1) {
            int b = inBlossom[v];
            if ((label[b] & 4) != 0) {
                base = blossomBase[b];
                break;
            }
            path.add(b);
            label[b] = 5;
            if (labelEnd[b] == -1) {
                v = -1;
            } else {
                v = endpoint[labelEnd[b]];
                b = inBlossom[v];
                v = endpoint[labelEnd[b]];
            }
            if (w != -1) {
                int tmp = v;
                v = w;
                w = tmp;
            }
        }
        for (int b : path) {
            label[b] = 1;
        }
        return base;
    }

    private void addBlossom(int base, int k) {
        int v = edgeU[k];
        int w = edgeV[k];
        int bb = inBlossom[base];
        int bv = inBlossom[v];
        int bw = inBlossom[w];
        int b = unusedBlossoms[--unusedCount];
        blossomBase[b] = base;
        blossomParent[b] = -1;
        blossomParent[bb] = b;
        List<Integer> path = new ArrayList<>();
        List<Integer> endps = new ArrayList<>();
        while (bv != bb) {
            blossomParent[bv] = b;
            path.add(bv);
            endps.add(labelEnd[bv]);
            v = endpoint[labelEnd[bv]];
            bv = inBlossom[v];
        }
        path.add(bb);
        java.util.Collections.reverse(path);
        java.util.Collections.reverse(endps);
        endps.add(2 * k);
        while (bw != bb) {
            blossomParent[bw] = b;
            path.add(bw);
            endps.add(labelEnd[bw] ^ 1);
            w = endpoint[labelEnd[bw]];
            bw = inBlossom[w];
        }
        blossomChilds[b] = path.stream().mapToInt(Integer::intValue).toArray();
        blossomEndps[b] = endps.stream().mapToInt(Integer::intValue).toArray();
        label[b] = 1;
        labelEnd[b] = labelEnd[bb];
        dualVar[b] = 0;
        for (int leaf : leaves(b)) {
            if (label[inBlossom[leaf]] == 2) {
                enqueue(leaf);
            }
            inBlossom[leaf] = b;
        }
        int[] bestEdgeTo = new int[2 * nVertex];
        Arrays.fill(bestEdgeTo, -1);
        for (int sub : blossomChilds[b]) {
            List<int[]> lists = new ArrayList<>();
            if (blossomBestEdges[sub] == null) {
                for (int leaf : leaves(sub)) {
                    int[] nb = neighbend[leaf];
                    int[] ks = new int[nb.length];
                    for (int i = 0; i < nb.length; i++) {
                        ks[i] = nb[i] / 2;
                    }
                    lists.add(ks);
                }
            } else {
                lists.add(blossomBestEdges[sub]);
            }
            for (int[] list : lists) {
                for (int kk : list) {
                    int i = edgeU[kk];
                    int j = edgeV[kk];
                    if (inBlossom[j] == b) {
                        int tmp = i;
                        i = j;
                        j = tmp;
                    }
                    int bj = inBlossom[j];
                    if (bj != b && label[bj] == 1
                            && (bestEdgeTo[bj] == -1 || slack(kk) < slack(bestEdgeTo[bj]))) {
                        bestEdgeTo[bj] = kk;
                    }
                }
            }
            blossomBestEdges[sub] = null;
            bestEdge[sub] = -1;
        }
        int count = 0;
        for (int x : bestEdgeTo) {
            if (x != -1) {
                count++;
            }
        }
        int[] list = new int[count];
        count = 0;
        for (int x : bestEdgeTo) {
            if (x != -1) {
                list[count++] = x;
            }
        }
        blossomBestEdges[b] = list;
        bestEdge[b] = -1;
        for (int kk : list) {
            if (bestEdge[b] == -1 || slack(kk) < slack(bestEdge[b])) {
                bestEdge[b] = kk;
            }
        }
    }

    private static int indexOf(int[] a, int x) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == x) {
                return i;
            }
        }
        throw new IllegalStateException("not a child");
    }

    private static int at(int[] a, int i) {
        // Python-style negative indices, used when walking a blossom backwards.
        return a[i < 0 ? i + a.length : i];
    }

    private void expandBlossom(int b, boolean endStage) {
        for (int s : blossomChilds[b]) {
            blossomParent[s] = -1;
            if (s < nVertex) {
                inBlossom[s] = s;
            } else if (endStage && dualVar[s] == 0) {
                expandBlossom(s, endStage);
            } else {
                for (int leaf : leaves(s)) {
                    inBlossom[leaf] = s;
                }
            }
        }
        if (!endStage && label[b] == 2) {
            int entryChild = inBlossom[endpoint[labelEnd[b] ^ 1]];
            int[] childs = blossomChilds[b];
            int[] endps = blossomEndps[b];
            int j = indexOf(childs, entryChild);
            int jstep;
            int endptrick;
            if ((j & 1) != 0) {
                j -= childs.length;
                jstep = 1;
                endptrick = 0;
            } else {
                jstep = -1;
                endptrick = 1;
            }
            int p = labelEnd[b];
            while (j != 0) {
                label[endpoint[p ^ 1]] = 0;
                label[endpoint[at(endps, j - endptrick) ^ endptrick ^ 1]] = 0;
                assignLabel(endpoint[p ^ 1], 2, p);
                allowEdge[at(endps, j - endptrick) / 2] = true;
                j += jstep;
                p = at(endps, j - endptrick) ^ endptrick;
                allowEdge[p / 2] = true;
                j += jstep;
            }
            int bv = at(childs, j);
            label[endpoint[p ^ 1]] = label[bv] = 2;
            labelEnd[endpoint[p ^ 1]] = labelEnd[bv] = p;
            bestEdge[bv] = -1;
            j += jstep;
            while (at(childs, j) != entryChild) {
                bv = at(childs, j);
                if (label[bv] == 1) {
                    j += jstep;
                    continue;
                }
                int found = -1;
                for (int leaf : leaves(bv)) {
                    if (label[leaf] != 0) {
                        found = leaf;
                        break;
                    }
                }
                if (found >= 0) {
                    label[found] = 0;
                    label[endpoint[mate[blossomBase[bv]]]] = 0;
                    assignLabel(found, 2, labelEnd[found]);
                }
                j += jstep;
            }
        }
        label[b] = labelEnd[b] = -1;
        blossomChilds[b] = blossomEndps[b] = null;
        blossomBase[b] = -1;
        blossomBestEdges[b] = null;
        bestEdge[b] = -1;
        unusedBlossoms[unusedCount++] = b;
    }

    private void augmentBlossom(int b, int v) {
        int t = v;
        while (blossomParent[t] != b) {
            t = blossomParent[t];
        }
        if (t >= nVertex) {
            augmentBlossom(t, v);
        }
        int[] childs = blossomChilds[b];
        int[] endps = blossomEndps[b];
        int i = indexOf(childs, t);
        int j = i;
        int jstep;
        int endptrick;
        if ((i & 1) != 0) {
            j -= childs.length;
            jstep = 1;
            endptrick = 0;
        } else {
            jstep = -1;
            endptrick = 1;
        }
        while (j != 0) {
            j += jstep;
            t = at(childs, j);
            int p = at(endps, j - endptrick) ^ endptrick;
            if (t >= nVertex) {
                augmentBlossom(t, endpoint[p]);
            }
            j += jstep;
            t = at(childs, j);
            if (t >= nVertex) {
                augmentBlossom(t, endpoint[p ^ 1]);
            }
            mate[endpoint[p]] = p ^ 1;
            mate[endpoint[p ^ 1]] = p;
        }
        blossomChilds[b] = rotate(childs, i);
        blossomEndps[b] = rotate(endps, i);
        blossomBase[b] = blossomBase[blossomChilds[b][0]];
    }

    private static int[] rotate(int[] a, int i) {
        int[] out = new int[a.length];
        System.arraycopy(a, i, out, 0, a.length - i);
        System.arraycopy(a, 0, out, a.length - i, i);
        return out;
    }

    private void augmentMatching(int k) {
        int[][] starts = {{edgeU[k], 2 * k + 1}, {edgeV[k], 2 * k}};
        for (int[] sp : starts) {
            int s = sp[0];
            int p = sp[1];
            while (true) {
                int bs = inBlossom[s];
                if (bs >= nVertex) {
                    augmentBlossom(bs, s);
                }
                mate[s] = p;
                if (labelEnd[bs] == -1) {
                    break;
                }
                int t = endpoint[labelEnd[bs]];
                int bt = inBlossom[t];
                s = endpoint[labelEnd[bt]];
                int j = endpoint[labelEnd[bt] ^ 1];
                if (bt >= nVertex) {
                    augmentBlossom(bt, j);
                }
                mate[j] = labelEnd[bt];
                p = labelEnd[bt] ^ 1;
            }
        }
    }

    private void run() {
        int n = nVertex;
        for (int stage = 0; stage < n; stage++) {
            Arrays.fill(label, 0);
            Arrays.fill(bestEdge, -1);
            Arrays.fill(blossomBestEdges, n, 2 * n, null);
            Arrays.fill(allowEdge, false);
            queueSize = 0;
            for (int v = 0; v < n; v++) {
                if (mate[v] == -1 && label[inBlossom[v]] == 0) {
                    assignLabel(v, 1, -1);
                }
            }
            boolean augmented = false;
            while (true) {
                while (queueSize > 0 && !augmented) {
                    int v = queue[--queueSize];
                    for (int p : neighbend[v]) {
                        int k = p / 2;
                        int w = endpoint[p];
                        if (inBlossom[v] == inBlossom[w]) {
                            continue;
                        }
                        long kslack = 0;
                        if (!allowEdge[k]) {
                            kslack = slack(k);
                            if (kslack <= 0) {
                                allowEdge[k] = true;
                            }
                        }
                        if (allowEdge[k]) {
                            if (label[inBlossom[w]] == 0) {
                                assignLabel(w, 2, p ^ 1);
                            } else if (label[inBlossom[w]] == 1) {
                                int base = scanBlossom(v, w);
                                if (base >= 0) {
                                    addBlossom(base, k);
                                } else {
                                    augmentMatching(k);
                                    augmented = true;
                                    break;
                                }
                            } else if (label[w] == 0) {
                                label[w] = 2;
                                labelEnd[w] = p ^ 1;
                            }
                        } else if (label[inBlossom[w]] == 1) {
                            int b = inBlossom[v];
                            if (bestEdge[b] == -1 || kslack < slack(bestEdge[b])) {
                                bestEdge[b] = k;
                            }
                        } else if (label[w] == 0) {
                            if (bestEdge[w] == -1 || kslack < slack(bestEdge[w])) {
                                bestEdge[w] = k;
                            }
                        }
                    }
                }
                if (augmented) {
                    break;
                }
                // No augmenting path under the current duals: move the duals (all values are doubled).
                int deltaType = 1;
                long delta = Long.MAX_VALUE;
                for (int v = 0; v < n; v++) {
                    delta = Math.min(delta, dualVar[v]);
                }
                int deltaEdge = -1;
                int deltaBlossom = -1;
                for (int v = 0; v < n; v++) {
                    if (label[inBlossom[v]] == 0 && bestEdge[v] != -1) {
                        long d = slack(bestEdge[v]);
                        if (d < delta) {
                            delta = d;
                            deltaType = 2;
                            deltaEdge = bestEdge[v];
                        }
                    }
                }
                for (int b = 0; b < 2 * n; b++) {
                    if (blossomParent[b] == -1 && label[b] == 1 && bestEdge[b] != -1) {
                        long ks = slack(bestEdge[b]);
                        long d = ks / 2; // always even with integer weights
                        if (d < delta) {
                            delta = d;
                            deltaType = 3;
                            deltaEdge = bestEdge[b];
                        }
                    }
                }
                for (int b = n; b < 2 * n; b++) {
                    if (blossomBase[b] >= 0 && blossomParent[b] == -1 && label[b] == 2 && dualVar[b] < delta) {
                        delta = dualVar[b];
                        deltaType = 4;
                        deltaBlossom = b;
                    }
                }
                for (int v = 0; v < n; v++) {
                    int lb = label[inBlossom[v]];
                    if (lb == 1) {
                        dualVar[v] -= delta;
                    } else if (lb == 2) {
                        dualVar[v] += delta;
                    }
                }
                for (int b = n; b < 2 * n; b++) {
                    if (blossomBase[b] >= 0 && blossomParent[b] == -1) {
                        if (label[b] == 1) {
                            dualVar[b] += delta;
                        } else if (label[b] == 2) {
                            dualVar[b] -= delta;
                        }
                    }
                }
                if (deltaType == 1) {
                    break;
                } else if (deltaType == 2) {
                    allowEdge[deltaEdge] = true;
                    int i = edgeU[deltaEdge];
                    if (label[inBlossom[i]] == 0) {
                        i = edgeV[deltaEdge];
                    }
                    enqueue(i);
                } else if (deltaType == 3) {
                    allowEdge[deltaEdge] = true;
                    enqueue(edgeU[deltaEdge]);
                } else {
                    expandBlossom(deltaBlossom, false);
                }
            }
            if (!augmented) {
                break;
            }
            for (int b = n; b < 2 * n; b++) {
                if (blossomParent[b] == -1 && blossomBase[b] >= 0 && label[b] == 1 && dualVar[b] == 0) {
                    expandBlossom(b, true);
                }
            }
        }
    }
}
