package com.pairwise.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.shared.http.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Loads a demo program with sample participants through the real HTTP API (gateway, authorizer, handler), so the
 * data is whatever the current code accepts, never hand-written items. Safe to repeat: a persistent data folder
 * that already has the demo program is left as it is.
 */
public final class DemoData {
    public static final String PROGRAM_NAME = "Demo: Engineering mentoring cohort";
    public static final String ADMIN = "demo-admin";
    public static final String COORDINATOR = "demo-coordinator";
    public static final List<String> MENTORS = List.of("demo-mentor-1", "demo-mentor-2", "demo-mentor-3");
    public static final List<String> MENTEES = List.of("demo-mentee-1", "demo-mentee-2", "demo-mentee-3", "demo-mentee-4", "demo-mentee-5");

    /** What was loaded (or found). */
    public record Result(String programId, boolean created, int registrations) {
    }

    private record Person(String userId, String name, String timeZone, String country, String region, String department,
                          String seniority, List<String> languages, List<String> skillsOffered,
                          List<String> skillsToDevelop, String goals, List<String> interests) {
    }

    private static final List<Person> PEOPLE = List.of(
            new Person("demo-mentor-1", "Ana García", "Europe/Madrid", "ES", "Madrid", "Platform", "director",
                    List.of("es", "en"), List.of("system design", "leadership", "public speaking"), List.of(),
                    "Help new leads grow their teams", List.of("cycling", "open source")),
            new Person("demo-mentor-2", "Kwame Mensah", "Europe/London", "GB", "London", "Data", "manager",
                    List.of("en"), List.of("data engineering", "career planning"), List.of("coaching"),
                    "Share what I learned moving from IC to manager", List.of("chess", "running")),
            new Person("demo-mentor-3", "Mei Chen", "America/New_York", "US", "New York", "Security", "vp",
                    List.of("en"), List.of("security", "negotiation", "leadership"), List.of(),
                    "Grow the next security leaders", List.of("photography")),
            new Person("demo-mentee-1", "Lucía Fernández", "Europe/Madrid", "ES", "Barcelona", "Platform", "associate",
                    List.of("es", "en"), List.of(), List.of("system design", "public speaking"),
                    "Lead a design review by the end of the cohort", List.of("climbing")),
            new Person("demo-mentee-2", "Tom Okafor", "Europe/London", "GB", "Manchester", "Data", "associate",
                    List.of("en"), List.of(), List.of("data engineering", "career planning"),
                    "Decide between the staff and manager tracks", List.of("running")),
            new Person("demo-mentee-3", "Priya Nair", "America/New_York", "US", "Boston", "Security", "intern",
                    List.of("en"), List.of(), List.of("security"),
                    "Get a full-time offer on the security team", List.of("photography", "hiking")),
            new Person("demo-mentee-4", "Jonas Weber", "Europe/Berlin", "DE", "Berlin", "Platform", "manager",
                    List.of("en"), List.of(), List.of("leadership", "negotiation"),
                    "Run my first team of five well", List.of("open source")),
            new Person("demo-mentee-5", "Sofía Ruiz", "America/Mexico_City", "MX", "CDMX", "Data", "associate",
                    List.of("es", "en"), List.of(), List.of("public speaking", "career planning"),
                    "Present at the company all-hands", List.of("chess")));

    private final URI base;
    private final LocalJwt jwt;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public DemoData(URI base, LocalJwt jwt, Clock clock) {
        this.base = base;
        this.jwt = jwt;
        this.clock = clock;
    }

    public Result load(PrintStream out) {
        String admin = jwt.issue(ADMIN, true, null, "Demo Admin");
        JsonNode existing = call(admin, "GET", "/programs?limit=100", null, 200);
        for (JsonNode program : existing.path("items")) {
            if (PROGRAM_NAME.equals(program.path("name").asText())) {
                out.println("  demo data       already loaded: program " + program.path("id").asText());
                return new Result(program.path("id").asText(), false, 0);
            }
        }
        LocalDate today = clock.instant().atOffset(ZoneOffset.UTC).toLocalDate();
        ObjectNode program = Json.MAPPER.createObjectNode()
                .put("name", PROGRAM_NAME)
                .put("description", "A six-month one-to-one cohort pairing senior engineers with early-career colleagues.")
                .put("kind", "cohort")
                .put("startDate", today.toString())
                .put("endDate", today.plusMonths(6).toString())
                .put("format", "one_to_one")
                .put("status", "open")
                .put("menteeCap", 20)
                .put("defaultMentorCapacity", 2);
        program.set("requiredProfileFields", Json.MAPPER.valueToTree(List.of("time_zone", "country", "seniority")));
        program.set("languages", Json.MAPPER.valueToTree(List.of("en", "es")));
        program.set("seniorityLevels", Json.MAPPER.valueToTree(List.of("intern", "associate", "manager", "director", "vp")));
        program.set("coordinators", Json.MAPPER.valueToTree(List.of(COORDINATOR)));
        String programId = call(admin, "POST", "/programs", program, 201).path("id").asText();

        int registered = 0;
        for (Person person : PEOPLE) {
            boolean mentor = MENTORS.contains(person.userId());
            String email = LocalJwt.defaultEmail(person.userId());
            String token = jwt.issue(person.userId(), false, email, person.name());
            ObjectNode body = Json.MAPPER.createObjectNode()
                    .put("role", mentor ? "mentor" : "mentee")
                    .put("displayName", person.name())
                    .put("email", email)
                    .put("timeZone", person.timeZone())
                    .put("country", person.country())
                    .put("region", person.region())
                    .put("department", person.department())
                    .put("seniority", person.seniority())
                    .put("goals", person.goals());
            body.set("languages", Json.MAPPER.valueToTree(person.languages()));
            body.set("skillsOffered", Json.MAPPER.valueToTree(person.skillsOffered()));
            body.set("skillsToDevelop", Json.MAPPER.valueToTree(person.skillsToDevelop()));
            body.set("interests", Json.MAPPER.valueToTree(person.interests()));
            if (mentor) {
                body.put("capacity", 2);
            }
            call(token, "POST", "/programs/" + programId + "/registrations", body, 201);
            registered++;
        }
        out.println("  demo data       program " + programId + " with " + MENTORS.size() + " mentors and "
                + MENTEES.size() + " mentees; coordinator " + COORDINATOR + ", admin " + ADMIN);
        return new Result(programId, true, registered);
    }

    private JsonNode call(String token, String method, String path, JsonNode body, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("authorization", "Bearer " + token)
                .header("accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("content-type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException("demo data: " + method + " " + path + " answered " + response.statusCode()
                        + " (expected " + expected + "): " + response.body());
            }
            return response.body().isEmpty() ? Json.MAPPER.createObjectNode() : Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("demo data: " + method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("demo data: interrupted", e);
        }
    }
}
