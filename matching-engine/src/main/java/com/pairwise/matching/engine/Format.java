package com.pairwise.matching.engine;

/** How a program pairs people; mirrors the shared model's ProgramFormat without depending on it. */
public enum Format {
    /** A mentor senior to the mentee. */
    ONE_TO_ONE,
    /** Peers pair with each other; solved by {@link PeerMatcher}. */
    PEER,
    /** The mentor is the junior one, e.g. a graduate coaching an executive on new tools. */
    REVERSE,
    /** A mentor leads a group of up to their capacity of mentees: the same flow with capacity. */
    GROUP
}
