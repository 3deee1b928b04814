package com.pairwise.matching.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pairwise.matching.MatchingHarness;
import com.pairwise.matching.TestTables;
import com.pairwise.shared.model.MatchingSettings;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.ProgramKind;
import com.pairwise.shared.model.ProgramSettings;
import com.pairwise.shared.model.ProgramStatus;
import com.pairwise.shared.model.Registration;
import com.pairwise.shared.model.RegistrationStatus;
import com.pairwise.shared.model.Role;
import com.pairwise.shared.store.Keys;
import com.pairwise.shared.store.MatchingVersion;
import com.pairwise.shared.store.PairwiseTable;
import com.pairwise.shared.store.ProgramStore;
import com.pairwise.shared.store.RegistrationChanges;
import com.pairwise.shared.store.RegistrationStore;
import com.pairwise.shared.store.RelationshipStore;
import com.pairwise.shared.store.TableDefinition;
import com.pairwise.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * A registration change reaches the warm index as a delta (only the people its change markers name are re-read), and
 * whenever the markers cannot account for the change, the index is compiled again from all registrations: a withdrawn
 * or full mentor is never offered either way.
 */
class WarmCandidatesDeltaTest {
    /** Counts full reads of the program's registrations and batched re-reads; runs one armed action after a full read. */
    private static final class Calls implements ExecutionInterceptor {
        int fullReads;
        int batchReads;
        Runnable afterNextFullRead;

        @Override
        public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
            SdkRequest request = context.request();
            if (request instanceof BatchGetItemRequest) {
                batchReads++;
            }
            if (request instanceof QueryRequest q && q.expressionAttributeValues().values().stream()
                    .anyMatch(v -> Keys.REGISTRATION_PREFIX.equals(v.s()))) {
                fullReads++;
                Runnable action = afterNextFullRead;
                afterNextFullRead = null;
                if (action != null) {
                    action.run();
                }
            }
        }
    }

    private final Calls calls = new Calls();
    private final PairwiseTable table = TestTables.fresh(calls);
    private final TestClock clock = new TestClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final RegistrationStore registrations = new RegistrationStore(table);
    private final WarmCandidates warm = new WarmCandidates(new People(registrations), new RelationshipStore(table),
            new MatchingVersion(table), new RegistrationChanges(table));
    private final Program program = program();

    private Program program() {
        ProgramSettings settings = new ProgramSettings("Delta", null, ProgramKind.EVERGREEN, null, null, ProgramFormat.ONE_TO_ONE,
                ProgramStatus.OPEN, null, null, null, 2, Set.of(), List.of("en", "es"), List.of("junior", "mid", "senior", "lead"),
                List.of("coord"), MatchingSettings.DEFAULTS);
        Program p = new Program("prg_delta" + System.nanoTime(), settings, clock.instant(), clock.instant(), 0);
        new ProgramStore(table).create(p);
        return p;
    }

    private Registration mentor(String id, int capacity, Instant at) {
        return registrations.register(new Registration(program.id(), id, Role.MENTOR, RegistrationStatus.REGISTERED,
                MatchingHarness.profile("Mentor " + id, "lead", List.of("Sales"), List.of(), capacity), at, at, 0), program);
    }

    private Registration me() {
        return registrations.get(program.id(), "me").orElseThrow();
    }

    /** Suggested mentor id to free places, from the index as the next request would get it. */
    private Map<String, Integer> suggested() {
        Map<String, Integer> out = new TreeMap<>();
        warm.of(program, clock.instant()).suggestionsFor(me(), 100, Set.of()).forEach(s -> out.put(s.userId(), s.freePlaces()));
        return out;
    }

    private void withdraw(String id) {
        registrations.withdraw(registrations.get(program.id(), id).orElseThrow(), program, clock.instant());
    }

    private void setUp() {
        mentor("ana", 1, clock.instant());
        mentor("bea", 1, clock.instant());
        registrations.register(new Registration(program.id(), "me", Role.MENTEE, RegistrationStatus.REGISTERED,
                MatchingHarness.profile("Mentee me", "junior", List.of(), List.of("Sales"), null), clock.instant(), clock.instant(), 0), program);
    }

    @Test
    void aWithdrawalRacingTheRebuildIsPatchedInByTheNextRequestWithoutReadingTheProgramAgain() {
        setUp();
        // Ana withdraws after the build has read her registration but before it is done: that index holds her, at the
        // version it read first.
        calls.afterNextFullRead = () -> withdraw("ana");
        assertEquals(Map.of("ana", 1, "bea", 1), suggested(), "the request that raced the withdrawal");
        assertEquals(1, calls.fullReads);

        clock.advance(Duration.ofSeconds(5));
        assertEquals(Map.of("bea", 1), suggested(), "ana withdrew");
        assertEquals(1, calls.fullReads, "patched, not rebuilt");
        assertEquals(1, calls.batchReads);

        clock.advance(Duration.ofSeconds(5));
        mentor("cy", 2, clock.instant());
        Registration bea = registrations.get(program.id(), "bea").orElseThrow();
        registrations.update(bea, new Registration(bea.programId(), bea.userId(), bea.role(), bea.status(),
                MatchingHarness.profile("Mentor bea", "lead", List.of("Sales"), List.of(), 3), bea.registeredAt(), clock.instant(), bea.version()));
        assertEquals(Map.of("bea", 3, "cy", 2), suggested(), "cy joined, bea takes more");
        // Two changes in the very same millisecond by the same person are still two markers.
        withdraw("cy");
        mentor("cy", 1, clock.instant());
        withdraw("cy");
        assertEquals(Map.of("bea", 3), suggested(), "cy joined again and left");
        assertEquals(1, calls.fullReads, "every change was patched in");
        assertEquals(Map.of("bea", 3), suggested(), "nothing moved: served as held");
        assertEquals(3, calls.batchReads);
    }

    @Test
    void fiftyChangesAtOnceArePatchedInTogether() {
        setUp();
        assertEquals(Map.of("ana", 1, "bea", 1), suggested());
        for (int i = 0; i < 50; i++) {
            mentor(String.format("m%02d", i), 1, clock.instant());
        }
        withdraw("m07");
        Map<String, Integer> after = suggested();
        assertEquals(51, after.size(), after.toString());
        assertEquals(false, after.containsKey("m07"));
        assertEquals(1, calls.fullReads, "patched, not rebuilt");
    }

    @Test
    void aCounterMoveTheMarkersDoNotExplainRebuildsFromEveryRegistration() {
        setUp();
        assertEquals(Map.of("ana", 1, "bea", 1), suggested());
        // A write that bypassed the store: the registration and the counter, but no marker.
        table.dynamo().deleteItem(b -> b.tableName(table.name()).key(Map.of(
                TableDefinition.PK, AttributeValue.fromS(Keys.program(program.id())), TableDefinition.SK, AttributeValue.fromS(Keys.registration("ana")))));
        table.dynamo().updateItem(b -> b.tableName(table.name()).key(Map.of(
                        TableDefinition.PK, AttributeValue.fromS(Keys.program(program.id())), TableDefinition.SK, AttributeValue.fromS("MATCHVERSION")))
                .updateExpression("ADD registrations :one").expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))));
        assertEquals(Map.of("bea", 1), suggested());
        assertEquals(2, calls.fullReads, "rebuilt");
    }

    @Test
    void aChangeStampedBeforeTheWindowByASlowClockRebuildsInstead() {
        setUp();
        assertEquals(Map.of("ana", 1, "bea", 1), suggested());
        // The writer's clock is a minute behind the reader's: its marker sorts before the window the index reads.
        mentor("dan", 1, clock.instant().minus(Duration.ofMinutes(1)));
        assertEquals(Map.of("ana", 1, "bea", 1, "dan", 1), suggested());
        assertEquals(2, calls.fullReads, "rebuilt");
    }
}
