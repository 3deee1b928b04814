package com.pairwise.matching.engine;

/** Set operations on sorted, duplicate-free int arrays (interned terms). */
final class Sorted {

    private Sorted() {
    }

    static int intersectionSize(int[] x, int[] y) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < x.length && j < y.length) {
            int d = Integer.compare(x[i], y[j]);
            if (d == 0) {
                n++;
                i++;
                j++;
            } else if (d < 0) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    static int[] intersection(int[] x, int[] y) {
        int[] out = new int[Math.min(x.length, y.length)];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < x.length && j < y.length) {
            int d = Integer.compare(x[i], y[j]);
            if (d == 0) {
                out[n++] = x[i];
                i++;
                j++;
            } else if (d < 0) {
                i++;
            } else {
                j++;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
