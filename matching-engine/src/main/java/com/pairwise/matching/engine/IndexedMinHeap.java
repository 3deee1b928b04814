package com.pairwise.matching.engine;

/**
 * Binary heap of node ids keyed by long, with decrease-key. Equal keys pop in a fixed order (the preferred node, then
 * lower ids), which keeps shortest-path choices, and so whole matchings, deterministic.
 */
final class IndexedMinHeap {

    private final int[] heap;
    private final int[] pos;
    private final long[] key;
    private final int preferred;
    private int size;

    IndexedMinHeap(int capacity, int preferred) {
        heap = new int[capacity];
        pos = new int[capacity];
        key = new long[capacity];
        this.preferred = preferred;
        java.util.Arrays.fill(pos, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    void clear() {
        for (int i = 0; i < size; i++) {
            pos[heap[i]] = -1;
        }
        size = 0;
    }

    /** Key of the node {@link #pop()} would return; the heap must not be empty. */
    long minKey() {
        return key[heap[0]];
    }

    /** Inserts, or lowers the key of, {@code node}. */
    void push(int node, long k) {
        int i = pos[node];
        if (i < 0) {
            i = size++;
            heap[i] = node;
            pos[node] = i;
        }
        key[node] = k;
        siftUp(i);
    }

    int pop() {
        int top = heap[0];
        pos[top] = -1;
        size--;
        if (size > 0) {
            int last = heap[size];
            heap[0] = last;
            pos[last] = 0;
            siftDown(0);
        }
        return top;
    }

    private boolean less(int a, int b) {
        if (key[a] != key[b]) {
            return key[a] < key[b];
        }
        if (a == preferred || b == preferred) {
            return a == preferred;
        }
        return a < b;
    }

    private void siftUp(int i) {
        int node = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            int p = heap[parent];
            if (!less(node, p)) {
                break;
            }
            heap[i] = p;
            pos[p] = i;
            i = parent;
        }
        heap[i] = node;
        pos[node] = i;
    }

    private void siftDown(int i) {
        int node = heap[i];
        while (true) {
            int c = 2 * i + 1;
            if (c >= size) {
                break;
            }
            if (c + 1 < size && less(heap[c + 1], heap[c])) {
                c++;
            }
            if (!less(heap[c], node)) {
                break;
            }
            heap[i] = heap[c];
            pos[heap[i]] = i;
            i = c;
        }
        heap[i] = node;
        pos[node] = i;
    }
}
