package com.pairwise.reminders.store;

import com.pairwise.reminders.domain.Language;
import com.pairwise.reminders.domain.Recipient;
import com.pairwise.reminders.domain.Recipients;
import com.pairwise.reminders.domain.RemovedNotice;
import com.pairwise.shared.events.PersonErased;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.Relationship;
import com.pairwise.shared.store.PairwiseTable;
import com.pairwise.shared.store.ProgramStore;
import com.pairwise.shared.store.RelationshipStore;
import com.pairwise.shared.store.TableDefinition;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The entries other people's feeds hold about an erased person (their {@code about} set names them). Their readers are
 * found without a Scan: the partners named in the person's own reminders and feed (read before those are deleted),
 * the participants of the relationships the event lists, and the coordinators of its programs (whose digests list
 * people). Each reader's feed is read a page at a time, keeping only the entries naming the person; each is rewritten
 * on its own, on condition it still names them, so a redelivery or a retry after a crash finds only what is left.
 */
public final class FeedMentions {
    private static final int PAGE = 100;

    private final PairwiseTable table;
    private final RelationshipStore relationships;
    private final ProgramStore programs;
    private final Recipients recipients;

    public FeedMentions(PairwiseTable table, RelationshipStore relationships, ProgramStore programs, Recipients recipients) {
        this.table = table;
        this.relationships = relationships;
        this.programs = programs;
        this.recipients = recipients;
    }

    /** Whose feeds may name the person: {@code partners} (from their own items) plus relationships' participants and coordinators. */
    public Set<String> readers(PersonErased erased, Set<String> partners) {
        Set<String> out = new TreeSet<>(partners);
        for (PersonErased.ErasedRelationship r : erased.relationships()) {
            // Matching may have pseudonymised the item already: the other participants are still there.
            relationships.get(r.relationshipId()).map(Relationship::participants).ifPresent(out::addAll);
        }
        for (String programId : erased.programIds()) {
            programs.get(programId).map(Program::settings).ifPresent(s -> out.addAll(s.coordinators()));
        }
        out.remove(erased.personId());
        out.remove(erased.pseudonym());
        return out;
    }

    /** @return how many of {@code reader}'s entries were rewritten */
    public int rewrite(String reader, String personId) {
        Map<String, RemovedNotice> wordingByProgram = new HashMap<>();
        int rewritten = 0;
        for (var page : table.dynamo().queryPaginator(QueryRequest.builder().tableName(table.name())
                .keyConditionExpression("PK = :pk AND begins_with(SK, :note)")
                .filterExpression("contains(#about, :person)")
                .expressionAttributeNames(Map.of("#about", DynamoFeed.ABOUT))
                .expressionAttributeValues(Map.of(":pk", s(ReminderKeys.feed(reader)), ":note", s("NOTE#"), ":person", s(personId)))
                .projectionExpression("PK, SK, programId").limit(PAGE).build())) {
            for (Map<String, AttributeValue> item : page.items()) {
                RemovedNotice notice = wordingByProgram.computeIfAbsent(item.get("programId").s(), p -> RemovedNotice.in(
                        recipients.coordinator(p, reader).map(Recipient::language).orElse(Language.EN)));
                if (rewrite(item, personId, notice)) {
                    rewritten++;
                }
            }
        }
        return rewritten;
    }

    private boolean rewrite(Map<String, AttributeValue> item, String personId, RemovedNotice notice) {
        try {
            table.dynamo().updateItem(b -> b.tableName(table.name())
                    .key(Map.of(TableDefinition.PK, item.get(TableDefinition.PK), TableDefinition.SK, item.get(TableDefinition.SK)))
                    // The whole text goes: it may name others too, but what it said cannot be kept without them.
                    .updateExpression("SET #subject = :subject, #text = :text DELETE #about :person")
                    .conditionExpression("contains(#about, :one)")
                    .expressionAttributeNames(Map.of("#subject", "subject", "#text", "text", "#about", DynamoFeed.ABOUT))
                    .expressionAttributeValues(Map.of(":subject", s(notice.subject()), ":text", s(notice.text()),
                            ":person", AttributeValue.fromSs(java.util.List.of(personId)), ":one", s(personId))));
            return true;
        } catch (ConditionalCheckFailedException doneAlready) {
            return false;
        }
    }

    private static AttributeValue s(String v) {
        return AttributeValue.fromS(v);
    }
}
