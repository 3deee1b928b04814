package com.pairwise.surveys.domain;

import com.pairwise.shared.model.WireEnum;
import java.util.Locale;

/** How a question is answered. */
public enum QuestionType implements WireEnum {
    /** A whole number between the question's min and max, e.g. 1 (poor) to 5 (excellent). */
    SCALE,
    /** Net Promoter Score: 0 to 10. */
    NPS,
    /** One of the question's options. */
    SINGLE_CHOICE,
    /** One or more of the question's options. */
    MULTIPLE_CHOICE,
    /** Free text up to the question's length limit. */
    FREE_TEXT,
    /** A rating (min..max) for each of the participant's skills to develop, as given when the survey was sent. */
    SKILL_RATINGS;

    @Override
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
