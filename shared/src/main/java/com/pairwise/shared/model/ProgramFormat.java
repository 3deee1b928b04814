package com.pairwise.shared.model;

/** How people are paired: mentor and mentee, peers with each other, reverse (junior mentors senior), or a mentor with a group. */
public enum ProgramFormat implements WireEnum {
    ONE_TO_ONE,
    PEER,
    REVERSE,
    GROUP;

    @Override
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
