package com.pairwise.signup.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.signup.SignupHarness;
import com.pairwise.signup.SignupHarness.Person;
import com.pairwise.signup.SignupHarness.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The export reads everything, however many DynamoDB pages it takes: a feed of years (well over the 1 MB a Query
 * page holds) and more answered surveys than one BatchGetItem fetches. Items are written with the keys
 * docs/data-model.md documents for them.
 */
class ExportPagingApiTest {
    private static final String PADDING = "x".repeat(900);
    private final SignupHarness api = new SignupHarness();
    private final Person ana = Person.user("ana");

    @Test
    void aFeedOfYearsIsExportedWhole() {
        Instant first = Instant.parse("2023-01-02T09:00:00Z");
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        int notes = 1500;
        for (int i = 0; i < notes; i++) {
            String id = String.format("%013d-%08x", first.plus(Duration.ofHours(17L * i)).toEpochMilli(), i);
            items.add(item("FEED#ana", "NOTE#" + id, Map.of("type", s("notification"), "id", s(id), "kind", s("meeting"),
                    "subject", s("Reminder " + i), "text", s("Note " + i + " " + PADDING), "programId", s("prg_1"),
                    "createdAt", s(first.plus(Duration.ofHours(17L * i)).toString()))));
        }
        items.add(item("FEED#bob", "NOTE#0000000000001-00000000", Map.of("type", s("notification"), "id", s("0000000000001-00000000"),
                "kind", s("meeting"), "subject", s("BOB-ONLY"), "text", s("BOB-ONLY"), "programId", s("prg_1"),
                "createdAt", s(first.toString()))));
        write(items);
        assertTrue(firstPageIsPartial("FEED#ana", null), "the feed is more than one Query page");

        JsonNode feed = export().get("reminders").get("notifications");
        assertEquals(notes, feed.size());
        assertEquals("Reminder 0", feed.get(0).get("subject").asText(), "oldest first");
        assertEquals("Reminder " + (notes - 1), feed.get(notes - 1).get("subject").asText());
        assertFalse(feed.toString().contains("BOB-ONLY"));
    }

    @Test
    void moreAnsweredSurveysThanOneBatchGetHoldsAreExportedWithTheirAnswers() {
        int surveys = 130;
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Instant sent = Instant.parse("2026-01-05T08:00:00Z");
        List<AttributeValue> skills = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            skills.add(s("skill " + k + " " + PADDING));
        }
        for (int i = 0; i < surveys; i++) {
            String id = String.format("svi_%04d", i);
            Instant at = sent.plus(Duration.ofDays(i));
            Map<String, AttributeValue> instance = new HashMap<>(Map.of("GSI1PK", s("USER#ana"), "GSI1SK", s("SURVEY#" + at + "#" + id),
                    "type", s("survey-instance"), "id", s(id), "programId", s("prg_1"), "surveyId", s("check-in"),
                    "templateId", s("check-in"), "relationshipId", s("rel_1"), "userId", s("ana"), "role", s("mentee")));
            instance.putAll(Map.of("language", s("en"), "skills", AttributeValue.fromL(skills), "anonymous", AttributeValue.fromBool(false),
                    "occurrence", AttributeValue.fromN(Integer.toString(i + 1)), "sentAt", s(at.toString()), "answeredAt", s(at.toString())));
            items.add(item("SURVEY#" + id, "SURVEY", instance));
            items.add(item("PROGRAM#prg_1", "SURVEYRESP#" + id, Map.of("type", s("survey-answer"), "instanceId", s(id),
                    "surveyId", s("check-in"), "templateId", s("check-in"), "relationshipId", s("rel_1"), "userId", s("ana"),
                    "role", s("mentee"), "submittedAt", s(at.toString()), "updatedAt", s(at.toString()),
                    "answers", AttributeValue.fromM(Map.of("q1", AttributeValue.fromN(Integer.toString(1 + i % 5)), "q3", s("answer " + i))))));
        }
        items.add(item("PROGRAM#prg_1", "SURVEYANON#4f9c", Map.of("type", s("survey-answer-anonymous"), "surveyId", s("nps"),
                "templateId", s("nps"), "submittedOn", s("2026-01-05"), "answers", AttributeValue.fromM(Map.of("q2", s("ANONYMOUS-TEXT"))))));
        write(items);
        assertTrue(firstPageIsPartial("USER#ana", "GSI1"), "the person's surveys are more than one index page");

        JsonNode exported = export().get("surveys").get("surveys");
        assertEquals(surveys, exported.size());
        for (int i = 0; i < surveys; i++) {
            JsonNode survey = exported.get(i);
            assertEquals(String.format("svi_%04d", i), survey.get("id").asText(), "oldest first");
            assertEquals("answer " + i, survey.get("answer").get("answers").get("q3").asText(), survey.toString());
            assertEquals(1 + i % 5, survey.get("answer").get("answers").get("q1").asInt());
        }
        assertFalse(exported.toString().contains("ANONYMOUS-TEXT"));
    }

    private JsonNode export() {
        Response r = api.call(ana, "GET /me/export", Map.of(), null);
        assertEquals(200, r.status(), r.toString());
        return r.body();
    }

    /** Guards the test itself: without a second page there would be no paging to check. */
    private boolean firstPageIsPartial(String partition, String index) {
        QueryResponse page = api.table.dynamo().query(b -> {
            b.tableName(api.table.name());
            if (index == null) {
                b.keyConditionExpression("PK = :p");
            } else {
                b.indexName(index).keyConditionExpression("GSI1PK = :p");
            }
            b.expressionAttributeValues(Map.of(":p", s(partition)));
        });
        return page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty();
    }

    private void write(List<Map<String, AttributeValue>> items) {
        for (int from = 0; from < items.size(); from += 25) {
            List<WriteRequest> batch = new ArrayList<>();
            items.subList(from, Math.min(items.size(), from + 25))
                    .forEach(i -> batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(i).build()).build()));
            Map<String, List<WriteRequest>> pending = Map.of(api.table.name(), batch);
            while (!pending.isEmpty()) {
                Map<String, List<WriteRequest>> ask = pending;
                pending = api.table.dynamo().batchWriteItem(b -> b.requestItems(ask)).unprocessedItems();
            }
        }
    }

    private static Map<String, AttributeValue> item(String pk, String sk, Map<String, AttributeValue> attributes) {
        Map<String, AttributeValue> item = new HashMap<>(attributes);
        item.put("PK", s(pk));
        item.put("SK", s(sk));
        return item;
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
