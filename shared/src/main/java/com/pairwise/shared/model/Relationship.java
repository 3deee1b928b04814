package com.pairwise.shared.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A mentor and their mentee (group programs: mentees; peer programs: the peer whose id sorts first is
 * {@code mentorId}) inside one program.
 *
 * @param menteeIds one id, except in group programs
 * @param goals     the mentees' goals as they were when the relationship started (empty when none were given)
 * @param endedAt   null while active
 * @param endReason optional free text given when it was ended
 */
public record Relationship(
        String id,
        String programId,
        String mentorId,
        List<String> menteeIds,
        ProgramFormat format,
        RelationshipStatus status,
        Instant startedAt,
        Instant endedAt,
        String endReason,
        List<String> goals) {

    public Relationship {
        menteeIds = menteeIds == null ? List.of() : List.copyOf(menteeIds);
        goals = goals == null ? List.of() : List.copyOf(goals);
    }

    /** Mentor first, then the mentees. */
    public List<String> participants() {
        List<String> all = new ArrayList<>();
        all.add(mentorId);
        all.addAll(menteeIds);
        return all;
    }

    public boolean involves(String userId) {
        return mentorId.equals(userId) || menteeIds.contains(userId);
    }

    public boolean isActive() {
        return status == RelationshipStatus.ACTIVE;
    }

    /** The group with one more mentee (and their goals, when they gave any). */
    public Relationship joinedBy(String menteeId, String menteeGoals) {
        List<String> mentees = new ArrayList<>(menteeIds);
        mentees.add(menteeId);
        List<String> allGoals = new ArrayList<>(goals);
        if (menteeGoals != null && !menteeGoals.isBlank()) {
            allGoals.add(menteeGoals);
        }
        return new Relationship(id, programId, mentorId, mentees, format, status, startedAt, endedAt, endReason, allGoals);
    }

    public Relationship ended(Instant at, String reason) {
        return new Relationship(id, programId, mentorId, menteeIds, format, RelationshipStatus.ENDED, startedAt, at, reason, goals);
    }
}
