package com.pairwise.surveys.domain;

import java.time.Instant;

/** What the surveys function reads from the agenda function's MeetingHeld event. */
public record MeetingFacts(String meetingId, String relationshipId, String programId, Instant heldAt) {
}
