package com.pairwise.benchmarks;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.pairwise.matching.engine.CandidateGraph;
import com.pairwise.matching.engine.Objective;
import com.pairwise.matching.engine.ObjectiveEncoding;

/**
 * Solves the engine's own candidate graph with OR-Tools' cost-scaling min-cost flow, with the very same integer
 * values: source → mentee (1), mentee → mentor (1, cost −value), mentee → sink ("unmatched", cost 0),
 * mentor → sink (free capacity). Every mentee sends one unit, so the flow is always feasible.
 */
final class OrToolsReference {

    record Result(int matched, long totalScore, long totalValue, String status, long buildMillis, long solveMillis) {
    }

    private static boolean loaded;

    private OrToolsReference() {
    }

    static synchronized void load() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    static Result solve(CandidateGraph g, Objective objective) {
        load();
        long t0 = System.nanoTime();
        ObjectiveEncoding enc = g.encoding(objective);
        int rows = g.rows();
        int cols = g.cols();
        int source = rows + cols;
        int sink = source + 1;
        MinCostFlow flow = new MinCostFlow(sink + 1, g.edges() + 2 * rows + cols);
        for (int r = 0; r < rows; r++) {
            flow.addArcWithCapacityAndUnitCost(source, r, 1, 0);
            flow.addArcWithCapacityAndUnitCost(r, sink, 1, 0);
        }
        int firstEdgeArc = -1;
        for (int r = 0; r < rows; r++) {
            for (int e = g.rowStart(r); e < g.rowEnd(r); e++) {
                int arc = flow.addArcWithCapacityAndUnitCost(r, rows + g.edgeCol(e), 1, -enc.value(g.edgeScore(e)));
                if (firstEdgeArc < 0) {
                    firstEdgeArc = arc;
                }
            }
        }
        for (int c = 0; c < cols; c++) {
            flow.addArcWithCapacityAndUnitCost(rows + c, sink, g.capacity(c), 0);
        }
        flow.setNodeSupply(source, rows);
        flow.setNodeSupply(sink, -rows);
        long t1 = System.nanoTime();
        MinCostFlow.Status status = flow.solve();
        long t2 = System.nanoTime();
        int matched = 0;
        long score = 0;
        if (status == MinCostFlow.Status.OPTIMAL && firstEdgeArc >= 0) {
            int arc = firstEdgeArc;
            for (int r = 0; r < rows; r++) {
                for (int e = g.rowStart(r); e < g.rowEnd(r); e++, arc++) {
                    if (flow.getFlow(arc) > 0) {
                        matched++;
                        score += g.edgeScore(e);
                    }
                }
            }
        }
        long value = status == MinCostFlow.Status.OPTIMAL ? -flow.getOptimalCost() : Long.MIN_VALUE;
        flow.delete();
        return new Result(matched, score, value, status.toString(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
    }
}
