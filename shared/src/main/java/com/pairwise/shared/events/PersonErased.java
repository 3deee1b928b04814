package com.pairwise.shared.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.shared.domain.Identifiers;
import com.pairwise.shared.http.JsonTree;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code PersonErased} (source {@code pairwise.signup}): a person asked for their data to be erased ({@code DELETE /me}).
 * Every function erases or pseudonymises what it keeps of them. The detail lists what signup knew when the erasure
 * began (the programs they were registered in, the relationships they were in, each with its program) so subscribers
 * reach the items keyed by program or relationship without reading another function's items, which may be going at
 * the same moment. {@code pseudonym} is what stays in the other party's records in place of the person's id: random,
 * so nothing links it back to them, and the same in every function for one erasure.
 *
 * @param erasureId unique per {@code DELETE /me}; a redelivered event carries the same one
 */
public record PersonErased(String erasureId, String personId, String pseudonym, Instant erasedAt, List<String> programIds,
                           List<ErasedRelationship> relationships) {
    public static final String SOURCE = "pairwise.signup";
    public static final String TYPE = "PersonErased";

    public PersonErased {
        programIds = List.copyOf(programIds);
        relationships = List.copyOf(relationships);
    }

    /** A relationship the person was in, with its program (the key of items kept in the program's partition). */
    public record ErasedRelationship(String relationshipId, String programId) {
    }

    /** {@code id} with the erased person's id replaced by the pseudonym; any other id unchanged. */
    public String replace(String id) {
        return personId.equals(id) ? pseudonym : id;
    }

    public List<String> replace(List<String> ids) {
        return ids.stream().map(this::replace).toList();
    }

    public DomainEvent toEvent(String eventId) {
        ObjectNode d = JsonTree.object();
        d.put("erasureId", erasureId);
        d.put("personId", personId);
        d.put("pseudonym", pseudonym);
        d.put("erasedAt", erasedAt.toString());
        ArrayNode programs = d.putArray("programIds");
        programIds.forEach(programs::add);
        ArrayNode rels = d.putArray("relationships");
        relationships.forEach(r -> rels.addObject().put("relationshipId", r.relationshipId()).put("programId", r.programId()));
        return new DomainEvent(eventId, SOURCE, TYPE, JsonTree.write(d), erasedAt);
    }

    /** True when an EventBridge event is a PersonErased, readable or not. */
    public static boolean matches(JsonNode event) {
        return SOURCE.equals(event.path("source").asText()) && TYPE.equals(event.path("detail-type").asText());
    }

    /**
     * The erasure an EventBridge event announces; empty when its detail is unreadable (retrying would not make it
     * readable). Ids that could not name a stored item are left out rather than used in a key.
     */
    public static Optional<PersonErased> from(JsonNode event) {
        JsonNode d = event.path("detail");
        String personId = d.path("personId").asText(null);
        String pseudonym = d.path("pseudonym").asText(null);
        String erasureId = d.path("erasureId").asText(null);
        if (!Identifiers.isValid(personId) || !Identifiers.isValid(pseudonym) || !Identifiers.isValid(erasureId) || personId.equals(pseudonym)) {
            return Optional.empty();
        }
        Instant at;
        try {
            at = Instant.parse(d.path("erasedAt").asText(""));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        List<String> programs = new ArrayList<>();
        d.path("programIds").forEach(p -> {
            if (Identifiers.isValid(p.asText(null))) {
                programs.add(p.asText());
            }
        });
        List<ErasedRelationship> rels = new ArrayList<>();
        d.path("relationships").forEach(r -> {
            String id = r.path("relationshipId").asText(null);
            String program = r.path("programId").asText(null);
            if (Identifiers.isValid(id) && Identifiers.isValid(program)) {
                rels.add(new ErasedRelationship(id, program));
            }
        });
        return Optional.of(new PersonErased(erasureId, personId, pseudonym, at, programs, rels));
    }
}
