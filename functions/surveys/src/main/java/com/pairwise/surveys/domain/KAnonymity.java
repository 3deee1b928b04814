package com.pairwise.surveys.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups of fewer than {@link #MIN_ANSWERS} answers are not broken out. When exactly one group would be hidden, the
 * next smallest is hidden too: otherwise the hidden one could be worked out as the total minus the others.
 */
public final class KAnonymity {
    public static final int MIN_ANSWERS = 5;

    private KAnonymity() {
    }

    public static List<GroupFigures> protect(List<GroupFigures> groups) {
        List<GroupFigures> out = new ArrayList<>(groups);
        long hidden = groups.stream().filter(g -> g.answers() < MIN_ANSWERS).count();
        GroupFigures alsoHide = null;
        if (hidden == 1 && groups.size() > 1) {
            alsoHide = groups.stream().filter(g -> g.answers() >= MIN_ANSWERS)
                    .min(Comparator.comparingLong(GroupFigures::answers).thenComparing(GroupFigures::group)).orElse(null);
        }
        for (int i = 0; i < out.size(); i++) {
            GroupFigures g = out.get(i);
            if (g.answers() < MIN_ANSWERS || g == alsoHide) {
                out.set(i, g.hidden());
            }
        }
        return out;
    }
}
