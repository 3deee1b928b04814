package com.pairwise.matching.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.matching.MatchingHarness;
import com.pairwise.matching.MatchingHarness.Person;
import com.pairwise.matching.MatchingHarness.Response;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /me/relationships} pages with an opaque cursor, like signup's registration list. */
class RelationshipPagingApiTest {
    private final MatchingHarness api = new MatchingHarness();
    private final Person ana = Person.user("ana");

    private Response page(Person who, Map<String, String> query) {
        return api.call(who, "GET /me/relationships", Map.of(), query, null);
    }

    /** Ana mentors one mentee in each of five programs, started a minute apart. */
    private List<String> fiveRelationships() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Program p = api.evergreen(ProgramFormat.ONE_TO_ONE);
            api.mentor(p, "ana", 1, "Sales");
            api.mentee(p, "bo" + i, "Sales");
            Response r = api.call(Person.user("coord"), "POST /programs/{programId}/relationships", Map.of("programId", p.id()),
                    Map.of("mentorId", "ana", "menteeId", "bo" + i));
            assertEquals(201, r.status(), r.toString());
            ids.add(r.body().get("id").asText());
            api.clock.advance(Duration.ofMinutes(1));
        }
        return ids;
    }

    @Test
    void pagesFollowEachOtherOldestFirstWithNothingSkippedOrRepeated() {
        List<String> all = fiveRelationships();
        List<String> seen = new ArrayList<>();
        String cursor = null;
        List<Integer> sizes = new ArrayList<>();
        do {
            Map<String, String> query = new HashMap<>(Map.of("limit", "2"));
            if (cursor != null) {
                query.put("cursor", cursor);
            }
            Response r = page(ana, query);
            assertEquals(200, r.status(), r.toString());
            r.body().get("items").forEach(i -> seen.add(i.get("id").asText()));
            sizes.add(r.body().get("items").size());
            JsonNode next = r.body().get("nextCursor");
            assertTrue(next != null, "nextCursor is always present, null on the last page");
            cursor = next.isNull() ? null : next.asText();
        } while (cursor != null);
        assertEquals(all, seen);
        assertEquals(List.of(2, 2, 1), sizes);

        Response whole = page(ana, Map.of());
        assertEquals(5, whole.body().get("items").size(), "25 by default");
        assertTrue(whole.body().get("nextCursor").isNull());
        assertEquals(1, page(Person.user("bo3"), Map.of()).body().get("items").size());
    }

    @Test
    void aBadCursorOrLimitIsA400NamingIt() {
        fiveRelationships();
        String anasCursor = page(ana, Map.of("limit", "1")).body().get("nextCursor").asText();
        assertEquals(List.of("cursor"), page(ana, Map.of("cursor", "not-a-cursor")).errorFields());
        assertEquals(List.of("cursor"), page(Person.user("bo1"), Map.of("cursor", anasCursor)).errorFields(),
                "a cursor opens only the list it was issued for");
        assertEquals(List.of("limit"), page(ana, Map.of("limit", "0")).errorFields());
        assertEquals(List.of("limit"), page(ana, Map.of("limit", "101")).errorFields());
        assertEquals(List.of("limit"), page(ana, Map.of("limit", "ten")).errorFields());
        assertEquals(400, page(ana, Map.of("cursor", "")).status());
    }
}
