package com.pairwise.shared.store;

/** Key values of every item type; all a program's items share its partition so programs never mix. */
public final class Keys {
    private Keys() {
    }

    /**
     * A non-negative number as fixed-width decimal text, so keys sort in number order ({@code String.format("%013d")}
     * costs a Formatter, regular expressions and locale data on the cold path).
     */
    public static String digits(long value, int width) {
        if (value < 0) {
            throw new IllegalArgumentException("negative: " + value);
        }
        String text = Long.toString(value);
        return text.length() >= width ? text : "0".repeat(width - text.length()) + text;
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

    // Matching. Relationships, match requests and matching runs are addressed by their own id alone
    // (GET /relationships/{id}), so each lives in its own partition; per-program bookkeeping stays in the program's.
    public static final String RELATIONSHIP_SK = "REL";
    public static final String MEMBER_PREFIX = "MEMBER#";
    public static final String RELATIONSHIP_PREFIX = "REL#";
    public static final String MATCH_REQUEST_SK = "MATCHREQ";
    public static final String MATCH_REQUEST_PREFIX = "MATCHREQ#";

    public static String relationship(String relationshipId) {
        return "REL#" + relationshipId;
    }

    public static String member(String userId) {
        return MEMBER_PREFIX + userId;
    }

    /** GSI2 partition of a program's relationships, oldest first. */
    public static String programRelationships(String programId) {
        return "RELS#" + programId;
    }

    /** A mentor's count of current mentees in one program (capacity guard). */
    public static String mentorLoad(String mentorId) {
        return "LOAD#" + mentorId;
    }

    /** Marks a mentee (or peer) as matched in one program, so nobody is matched twice at once. */
    public static String matched(String userId) {
        return "MATCHED#" + userId;
    }

    public static String matchRequest(String requestId) {
        return MATCH_REQUEST_PREFIX + requestId;
    }

    /** Guards "one pending request per mentee and mentor". */
    public static String pendingRequest(String menteeId, String mentorId) {
        return "PENDING#" + menteeId + "#" + mentorId;
    }

    /** GSI1 / GSI2 sort key prefix of a person's match requests in one program. */
    public static String requestsIn(String programId) {
        return "REQ#" + programId + "#";
    }

    public static String outbox(String eventId) {
        return "OUTBOX#" + eventId;
    }

    public static final String OUTBOX_SK = "OUTBOX";
    /** GSI2 partition listing events written but not yet published. */
    public static final String UNSENT_EVENTS = "OUTBOX";

    public static String matchingRun(String runId) {
        return "RUN#" + runId;
    }

    public static final String RUN_SK = "RUN";

    /** GSI2 partition of a program's matching runs, oldest first (how an erasure reaches the runs naming a person). */
    public static String programRuns(String programId) {
        return "RUNS#" + programId;
    }
    public static final String RUN_CHUNK_PREFIX = "CHUNK#";

    /** A person left unmatched by a committed run, waiting for a freed place (GSI2 of the program, oldest first). */
    public static String unmatched(String userId) {
        return "UNMATCHED#" + userId;
    }

    public static String programUnmatched(String programId) {
        return "UNMATCHED#" + programId;
    }
}
