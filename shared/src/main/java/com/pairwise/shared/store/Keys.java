package com.pairwise.shared.store;

/** Key values of every item type; all a program's items share its partition so programs never mix. */
public final class Keys {
    private Keys() {
    }

    public static String program(String programId) {
        return "PROGRAM#" + programId;
    }

    public static final String PROGRAM_SK = "PROGRAM";
    public static final String COUNTS_SK = "COUNTS";
    public static final String ALL_PROGRAMS = "PROGRAMS";
    public static final String REGISTRATION_PREFIX = "REG#";
    public static final String COORDINATOR_PREFIX = "COORD#";

    public static String user(String userId) {
        return "USER#" + userId;
    }

    public static String registration(String userId) {
        return REGISTRATION_PREFIX + userId;
    }

    public static String coordinator(String userId) {
        return COORDINATOR_PREFIX + userId;
    }

    public static String waitlist(String programId) {
        return "WAITLIST#" + programId;
    }
}
