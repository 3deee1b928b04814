package com.pairwise.agenda.store;

import static com.pairwise.agenda.store.MeetingItem.n;
import static com.pairwise.agenda.store.MeetingItem.s;

import com.pairwise.agenda.domain.Agenda;
import com.pairwise.agenda.domain.Kickoff;
import com.pairwise.agenda.domain.Meeting;
import com.pairwise.agenda.json.AgendaJson;
import com.pairwise.shared.domain.ConflictException;
import com.pairwise.shared.events.DomainEvent;
import com.pairwise.shared.store.OutboxStore;
import com.pairwise.shared.store.PairwiseTable;
import com.pairwise.shared.store.TableDefinition;
import com.pairwise.shared.store.Transactions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Meetings, their agendas and each pair's kick-off. Every change of a pair's calendar also bumps the pair's schedule
 * guard item (SK=SCHEDULE) conditionally on the version read before the overlap check, in the same transaction, so
 * two simultaneous bookings can never both pass the check.
 */
public final class MeetingStore {
    private final PairwiseTable table;

    public MeetingStore(PairwiseTable table) {
        this.table = table;
    }

    public Optional<Meeting> get(String meetingId) {
        Map<String, AttributeValue> pointer = table.dynamo().getItem(r -> r.tableName(table.name()).consistentRead(true)
                .key(Map.of(TableDefinition.PK, s(AgendaKeys.meeting(meetingId)), TableDefinition.SK, s(AgendaKeys.POINTER_SK)))).item();
        if (pointer == null || pointer.isEmpty()) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = table.dynamo().getItem(r -> r.tableName(table.name()).consistentRead(true)
                .key(MeetingItem.key(pointer.get("relationshipId").s(), meetingId))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(MeetingItem.fromItem(item));
    }

    /** A pair's meetings, earliest first (one consistent Query on the relationship's partition). */
    public List<Meeting> byRelationship(String relationshipId) {
        List<Meeting> out = new ArrayList<>();
        table.dynamo().queryPaginator(QueryRequest.builder().tableName(table.name()).consistentRead(true)
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :m)")
                        .expressionAttributeValues(Map.of(":pk", s(AgendaKeys.relationship(relationshipId)), ":m", s(AgendaKeys.MEETING_PREFIX)))
                        .build())
                .items().forEach(item -> out.add(MeetingItem.fromItem(item)));
        out.sort(Comparator.comparing(Meeting::start).thenComparing(Meeting::id));
        return out;
    }

    /** The pair's schedule guard version; read before checking for overlaps, passed back to the write. */
    public long scheduleVersion(String relationshipId) {
        Map<String, AttributeValue> item = table.dynamo().getItem(r -> r.tableName(table.name()).consistentRead(true)
                .key(scheduleKey(relationshipId))).item();
        return item == null || item.isEmpty() ? 0 : Long.parseLong(item.get("version").n());
    }

    /** Stores a new meeting with its pointer and agendas, if the pair's schedule is still as read. */
    public void create(Meeting meeting, Map<String, Agenda> agendas, long scheduleVersion) {
        create(meeting, agendas, scheduleVersion, List.of());
    }

    /** As {@link #create(Meeting, Map, long)}, with {@code events} written to the outbox in the same transaction. */
    public void create(Meeting meeting, Map<String, Agenda> agendas, long scheduleVersion, List<DomainEvent> events) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(put(Put.builder().tableName(table.name()).item(MeetingItem.toItem(meeting)).conditionExpression("attribute_not_exists(PK)").build()));
        writes.add(put(Put.builder().tableName(table.name()).conditionExpression("attribute_not_exists(PK)").item(Map.of(
                TableDefinition.PK, s(AgendaKeys.meeting(meeting.id())), TableDefinition.SK, s(AgendaKeys.POINTER_SK),
                "relationshipId", s(meeting.relationshipId()))).build()));
        writes.add(agenda(meeting, agendas));
        writes.add(schedule(meeting.relationshipId(), scheduleVersion));
        events.forEach(e -> writes.add(OutboxStore.entry(table.name(), e)));
        write(writes);
    }

    /**
     * Replaces a meeting if nobody changed it since {@code current} was read; with {@code agendas} its agendas too,
     * and with {@code scheduleVersion} only if the pair's schedule is still as read (reschedules).
     */
    public Meeting update(Meeting current, Meeting changed, Map<String, Agenda> agendas, Long scheduleVersion) {
        return update(current, changed, agendas, scheduleVersion, List.of());
    }

    /** As {@link #update(Meeting, Meeting, Map, Long)}, with {@code events} written to the outbox in the same transaction. */
    public Meeting update(Meeting current, Meeting changed, Map<String, Agenda> agendas, Long scheduleVersion, List<DomainEvent> events) {
        Meeting next = new Meeting(changed.id(), changed.relationshipId(), changed.programId(), changed.start(), changed.durationMinutes(),
                changed.videoLink(), changed.place(), changed.status(), changed.sessionKey(), changed.sharedNotes(), changed.privateNotes(),
                changed.actionItems(), changed.sequence(), changed.createdBy(), changed.createdAt(), changed.updatedAt(), current.version() + 1);
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(put(Put.builder().tableName(table.name()).item(MeetingItem.toItem(next))
                .conditionExpression("#v = :v").expressionAttributeNames(Map.of("#v", "version"))
                .expressionAttributeValues(Map.of(":v", n(current.version()))).build()));
        if (agendas != null) {
            writes.add(agenda(next, agendas));
        }
        if (scheduleVersion != null) {
            writes.add(schedule(next.relationshipId(), scheduleVersion));
        }
        events.forEach(e -> writes.add(OutboxStore.entry(table.name(), e)));
        write(writes);
        return next;
    }

    /** The meeting's agenda in every language, if generated. */
    public Optional<Map<String, Agenda>> agendas(String relationshipId, String meetingId) {
        return content(AgendaKeys.relationship(relationshipId), AgendaKeys.agenda(meetingId)).map(AgendaJson::readAll);
    }

    /** Stores a pair's kick-off unless one is there already (so a redelivered event changes nothing). */
    public boolean putKickoffIfAbsent(Kickoff kickoff) {
        try {
            table.dynamo().putItem(r -> r.tableName(table.name()).conditionExpression("attribute_not_exists(PK)").item(Map.of(
                    TableDefinition.PK, s(AgendaKeys.relationship(kickoff.relationshipId())), TableDefinition.SK, s(AgendaKeys.KICKOFF_SK),
                    "content", s(AgendaJson.writeKickoff(kickoff)))));
            return true;
        } catch (ConditionalCheckFailedException alreadyThere) {
            return false;
        }
    }

    public Optional<Kickoff> kickoff(String relationshipId) {
        return content(AgendaKeys.relationship(relationshipId), AgendaKeys.KICKOFF_SK).map(AgendaJson::readKickoff);
    }

    /**
     * Deletes a pair's kick-off and the agendas of {@code meetingIds} (they hold both names and the goals), for an
     * erasure. Deleting what is gone already is harmless.
     */
    public void forgetAgendas(String relationshipId, List<String> meetingIds) {
        String pk = AgendaKeys.relationship(relationshipId);
        table.dynamo().deleteItem(r -> r.tableName(table.name()).key(Map.of(TableDefinition.PK, s(pk), TableDefinition.SK, s(AgendaKeys.KICKOFF_SK))));
        for (String meetingId : meetingIds) {
            table.dynamo().deleteItem(r -> r.tableName(table.name())
                    .key(Map.of(TableDefinition.PK, s(pk), TableDefinition.SK, s(AgendaKeys.agenda(meetingId)))));
        }
    }

    private Optional<String> content(String pk, String sk) {
        Map<String, AttributeValue> item = table.dynamo().getItem(r -> r.tableName(table.name()).consistentRead(true)
                .key(Map.of(TableDefinition.PK, s(pk), TableDefinition.SK, s(sk)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item.get("content").s());
    }

    private TransactWriteItem agenda(Meeting meeting, Map<String, Agenda> agendas) {
        return put(Put.builder().tableName(table.name()).item(Map.of(
                TableDefinition.PK, s(AgendaKeys.relationship(meeting.relationshipId())), TableDefinition.SK, s(AgendaKeys.agenda(meeting.id())),
                "content", s(AgendaJson.writeAll(agendas)))).build());
    }

    private TransactWriteItem schedule(String relationshipId, long readVersion) {
        return TransactWriteItem.builder().update(Update.builder().tableName(table.name()).key(scheduleKey(relationshipId))
                .updateExpression("SET #v = :next")
                .conditionExpression(readVersion == 0 ? "attribute_not_exists(#v)" : "#v = :read")
                .expressionAttributeNames(Map.of("#v", "version"))
                .expressionAttributeValues(readVersion == 0 ? Map.of(":next", n(1)) : Map.of(":next", n(readVersion + 1), ":read", n(readVersion)))
                .build()).build();
    }

    private static Map<String, AttributeValue> scheduleKey(String relationshipId) {
        return Map.of(TableDefinition.PK, s(AgendaKeys.relationship(relationshipId)), TableDefinition.SK, s(AgendaKeys.SCHEDULE_SK));
    }

    private static TransactWriteItem put(Put put) {
        return TransactWriteItem.builder().put(put).build();
    }

    private void write(List<TransactWriteItem> writes) {
        if (Transactions.write(table.dynamo(), writes).isPresent()) {
            throw new ConflictException("concurrent-change", "the pair's meetings changed while this request ran; read them again and retry");
        }
    }
}
