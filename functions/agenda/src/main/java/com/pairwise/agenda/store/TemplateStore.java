package com.pairwise.agenda.store;

import static com.pairwise.agenda.store.MeetingItem.s;

import com.pairwise.agenda.domain.Templates;
import com.pairwise.agenda.json.TemplateJson;
import com.pairwise.agenda.template.AgendaTemplate;
import com.pairwise.shared.http.JsonTree;
import com.pairwise.shared.store.Keys;
import com.pairwise.shared.store.PairwiseTable;
import com.pairwise.shared.store.TableDefinition;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A program's own agenda template (PK=PROGRAM#id, SK=AGENDA_TEMPLATE), stored as its JSON text. */
public final class TemplateStore implements Templates.Storage {
    private final PairwiseTable table;

    public TemplateStore(PairwiseTable table) {
        this.table = table;
    }

    @Override
    public Optional<AgendaTemplate> get(String programId) {
        Map<String, AttributeValue> item = table.dynamo().getItem(r -> r.tableName(table.name()).consistentRead(true).key(key(programId))).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(TemplateJson.read(JsonTree.read(item.get("content").s())));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored template is not JSON", e);
        }
    }

    @Override
    public void put(String programId, AgendaTemplate template, String updatedBy, Instant at) {
        Map<String, AttributeValue> item = new java.util.HashMap<>(key(programId));
        item.put("content", s(JsonTree.write(TemplateJson.write(template))));
        item.put("updatedBy", s(updatedBy));
        item.put("updatedAt", s(at.toString()));
        table.dynamo().putItem(r -> r.tableName(table.name()).item(item));
    }

    private static Map<String, AttributeValue> key(String programId) {
        return Map.of(TableDefinition.PK, s(Keys.program(programId)), TableDefinition.SK, s(AgendaKeys.TEMPLATE_SK));
    }
}
