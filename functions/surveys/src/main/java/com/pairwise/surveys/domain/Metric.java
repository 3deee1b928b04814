package com.pairwise.surveys.domain;

import com.pairwise.shared.model.WireEnum;
import java.util.Locale;

/** What a question's answer counts towards in reports and relationship flags. */
public enum Metric implements WireEnum {
    NONE,
    /** A 1..5 satisfaction scale, averaged in reports; a low score asks for a check-in. */
    SATISFACTION,
    /** Net Promoter Score. */
    NPS,
    /** "Is the relationship on track?" with options yes / partly / no. */
    ON_TRACK,
    /** Skill self-ratings at the start. */
    SKILLS_BEFORE,
    /** Skill self-ratings at the end, compared with the same person's ratings at the start. */
    SKILLS_AFTER,
    /** Whether the testimonial may be quoted. */
    QUOTE_CONSENT;

    @Override
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
