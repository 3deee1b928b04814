package com.pairwise.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.dynamodblocal.EmbeddedDynamoDb;
import com.pairwise.matching.MatchingHandler;
import com.pairwise.matching.domain.RulesOf;
import com.pairwise.matching.engine.Participant;
import com.pairwise.matching.engine.Suggestions;
import com.pairwise.shared.http.Json;
import com.pairwise.shared.model.MatchingSettings;
import com.pairwise.shared.model.Profile;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.ProgramKind;
import com.pairwise.shared.model.ProgramSettings;
import com.pairwise.shared.model.ProgramStatus;
import com.pairwise.shared.model.Registration;
import com.pairwise.shared.model.RegistrationStatus;
import com.pairwise.shared.model.Relationship;
import com.pairwise.shared.model.RelationshipStatus;
import com.pairwise.shared.model.Role;
import com.pairwise.shared.store.PairwiseTable;
import com.pairwise.shared.store.ProgramStore;
import com.pairwise.shared.store.RegistrationStore;
import com.pairwise.shared.store.RelationshipStore;
import com.pairwise.shared.store.TableDefinition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * End-to-end suggestion latency through {@link MatchingHandler} (API Gateway event in, JSON out) against DynamoDB
 * Local, for an evergreen program of 20,000 people (5,000 mentors, 15,000 mentees from the seeded generator): the
 * first request (it builds the program's warm index), warm requests (p50/p95), and the first request after a
 * relationship started (loads re-read), after one and after 50 registrations changed (the people named by the change
 * markers re-read, the program recompiled in memory), and the in-memory compile alone. Prints figures; asserts nothing.
 *
 * <p>Arguments (optional): mentors (default 5000), mentees (default 15000), warm requests (default 200).
 */
public final class SuggestionsBenchmark {
    private static final long SEED = 42;

    private SuggestionsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int mentorCount = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int menteeCount = args.length > 1 ? Integer.parseInt(args[1]) : 15_000;
        int warm = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        String sample = Files.readString(Path.of("events/matching/get-suggestions.json"));
        try (EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.inMemory()) {
            TableDefinition.createIfMissing(dynamo.client(), "bench");
            PairwiseTable table = new PairwiseTable(dynamo.client(), "bench");
            PopulationGenerator gen = new PopulationGenerator(SEED);
            List<Participant> mentors = gen.mentors(mentorCount);
            List<Participant> mentees = gen.mentees(menteeCount, mentorCount);
            Program program = program(table);
            long s0 = System.nanoTime();
            RegistrationStore registrations = new RegistrationStore(table);
            mentors.forEach(m -> registrations.register(registration(program, m, Role.MENTOR), program));
            mentees.forEach(m -> registrations.register(registration(program, m, Role.MENTEE), program));
            System.out.printf("seeded %,d registrations (one transaction each) in %.0f s%n", mentorCount + menteeCount,
                    (System.nanoTime() - s0) / 1e9);

            // Past the change markers' clock-skew window (30 s), so the patches below read only the markers of their own
            // changes, not the thousands of the seeding burst.
            Thread.sleep(31_000);
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
            MatchingHandler handler = new MatchingHandler(table, Clock.systemUTC(), (source, type, detail) -> { }, quiet);
            System.out.printf("== top-10 suggestions through the handler, %,d-person program (%,d mentors) ==%n",
                    mentorCount + menteeCount, mentorCount);
            long c0 = System.nanoTime();
            JsonNode first = suggest(handler, sample, program.id(), mentees.get(0).id());
            long c1 = System.nanoTime();
            System.out.printf("  first request (builds the warm index): %.0f ms, %d suggestions%n", (c1 - c0) / 1e6,
                    first.path("items").size());

            long[] times = new long[warm];
            int found = 0;
            for (int i = 0; i < warm; i++) {
                long t = System.nanoTime();
                found += suggest(handler, sample, program.id(), mentees.get(1 + i % (menteeCount - 1)).id()).path("items").size();
                times[i] = System.nanoTime() - t;
            }
            System.out.printf("  warm: p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d requests, %.1f suggestions each)%n",
                    pct(times, 50), pct(times, 95), pct(times, 100), warm, found / (double) warm);

            Relationship started = new Relationship("rel_bench", program.id(), mentors.get(0).id(), List.of(mentees.get(0).id()),
                    ProgramFormat.ONE_TO_ONE, RelationshipStatus.ACTIVE, Instant.now(), null, null, List.of());
            new RelationshipStore(table).start(started, null, List.of());
            long q0 = System.nanoTime();
            suggest(handler, sample, program.id(), mentees.get(2).id());
            System.out.printf("  first request after a relationship started (re-reads loads and matched markers): %.0f ms%n",
                    (System.nanoTime() - q0) / 1e6);

            // A registration change is patched in: its change marker names the person, who alone is re-read.
            for (int changed : new int[] {1, 50}) {
                long[] patch = new long[3];
                for (int round = 0; round < patch.length; round++) {
                    for (int i = 0; i < changed; i++) {
                        Registration someone = registrations.get(program.id(), mentors.get(1 + round * 50 + i).id()).orElseThrow();
                        // As sign-up's profile edit does: the change is stamped now (its marker with it).
                        registrations.update(someone, new Registration(someone.programId(), someone.userId(), someone.role(),
                                someone.status(), someone.profile(), someone.registeredAt(), Instant.now(), someone.version()));
                    }
                    long r0 = System.nanoTime();
                    suggest(handler, sample, program.id(), mentees.get(3 + round).id());
                    patch[round] = System.nanoTime() - r0;
                }
                System.out.printf("  first request after %d registration(s) changed (re-reads them, recompiles in memory): %.0f / %.0f / %.0f ms%n",
                        changed, patch[0] / 1e6, patch[1] / 1e6, patch[2] / 1e6);
            }

            // What the patch pays besides DynamoDB: compiling the program's suggestion index in memory.
            var rules = RulesOf.program(program, List.of(), Instant.now());
            long[] compile = new long[5];
            for (int i = 0; i < compile.length; i++) {
                long t = System.nanoTime();
                Suggestions.index(mentors, mentees, rules);
                compile[i] = System.nanoTime() - t;
            }
            System.out.printf("  compiling the index alone (%,d people, in memory): p50 %.0f ms, min %.0f ms (%d runs)%n",
                    mentorCount + menteeCount, pct(compile, 50), pct(compile, 0), compile.length);
        }
    }

    private static JsonNode suggest(MatchingHandler handler, String sample, String programId, String menteeId) throws Exception {
        byte[] event = sample.replace("PROGRAM_ID", programId).replace("demo-mentee-1", menteeId).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event), out, null);
        JsonNode response = Json.MAPPER.readTree(out.toByteArray());
        if (response.path("statusCode").asInt() != 200) {
            throw new IllegalStateException("suggestions answered " + response);
        }
        return Json.MAPPER.readTree(response.path("body").asText());
    }

    private static Program program(PairwiseTable table) {
        Instant now = Instant.now();
        List<String> levels = List.of("L1", "L2", "L3", "L4", "L5", "L6", "L7", "L8");
        ProgramSettings settings = new ProgramSettings("Benchmark program", null, ProgramKind.EVERGREEN, null, null,
                ProgramFormat.ONE_TO_ONE, ProgramStatus.OPEN, null, null, null, 2, Set.of(),
                List.of("en", "es", "fr", "de", "pt", "hi", "ja", "zh", "ko", "tl", "pl", "ar", "is"), levels,
                List.of("bench-coordinator"), MatchingSettings.DEFAULTS);
        Program p = new Program("prg_benchmarksuggest", settings, now, now, 0);
        new ProgramStore(table).create(p);
        return p;
    }

    private static Registration registration(Program program, Participant p, Role role) {
        String level = program.settings().seniorityLevels().get(Math.max(0, Math.min(7, p.seniorityIndex())));
        Profile profile = new Profile(p.id(), p.id() + "@example.com", p.languages(), p.timeZone(), p.country(), p.region(),
                p.department(), level, p.skillsOffered(), p.skillsToDevelop(), p.goals(), p.interests(),
                role == Role.MENTOR ? Math.max(1, p.freeCapacity()) : null);
        Instant now = Instant.now();
        return new Registration(program.id(), p.id(), role, RegistrationStatus.REGISTERED, profile, now, now, 0);
    }

    private static double pct(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int i = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }
}
