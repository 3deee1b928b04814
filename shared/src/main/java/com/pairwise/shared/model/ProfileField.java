package com.pairwise.shared.model;

/** Profile fields a program may make mandatory; name, email and languages always are. */
public enum ProfileField implements WireEnum {
    TIME_ZONE,
    COUNTRY,
    REGION,
    DEPARTMENT,
    SENIORITY,
    SKILLS_OFFERED,
    SKILLS_TO_DEVELOP,
    GOALS,
    INTERESTS;

    @Override
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
