package com.pairwise.matching.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Test helpers: a readable person builder and seeded random populations. */
final class People {

    private People() {
    }

    static Builder person(String id) {
        return new Builder(id);
    }

    static final class Builder {
        private final String id;
        private List<String> languages = List.of("en");
        private String timeZone = "Europe/London";
        private String country = "GB";
        private String region = "EMEA";
        private String department = "Engineering";
        private int seniority = 0;
        private List<String> offered = List.of();
        private List<String> develop = List.of();
        private String goals = "";
        private List<String> interests = List.of();
        private String manager;
        private int capacity = 1;

        Builder(String id) {
            this.id = id;
        }

        Builder languages(String... v) { languages = List.of(v); return this; }
        Builder zone(String v) { timeZone = v; return this; }
        Builder country(String v) { country = v; return this; }
        Builder region(String v) { region = v; return this; }
        Builder department(String v) { department = v; return this; }
        Builder level(int v) { seniority = v; return this; }
        Builder offers(String... v) { offered = List.of(v); return this; }
        Builder develops(String... v) { develop = List.of(v); return this; }
        Builder goals(String v) { goals = v; return this; }
        Builder interests(String... v) { interests = List.of(v); return this; }
        Builder manager(String v) { manager = v; return this; }
        Builder capacity(int v) { capacity = v; return this; }

        Participant build() {
            return new Participant(id, languages, timeZone, country, region, department, seniority, offered, develop,
                    goals, interests, manager, capacity);
        }
    }

    private static final String[] LANGS = {"en", "es", "fr"};
    private static final String[] ZONES = {"Europe/London", "Europe/Madrid", "America/New_York", "Asia/Tokyo",
        "America/Sao_Paulo"};
    private static final String[] COUNTRIES = {"GB", "ES", "US", "BR"};
    private static final String[] DEPTS = {"Sales", "Engineering", "Finance"};
    private static final String[] SKILLS = {"Negotiation", "Java", "Leadership", "Pricing", "Design", "Public speaking"};
    private static final String[] INTERESTS = {"Chess", "Hiking", "Cooking", "Music"};

    /** A small random population; ids are zero-padded so sorting is predictable. */
    static List<Participant> random(Random rnd, String prefix, int n, boolean mentors) {
        List<Participant> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Builder b = person(prefix + String.format("%03d", i))
                    .languages(pickSome(rnd, LANGS, 1 + rnd.nextInt(2)).toArray(new String[0]))
                    .zone(ZONES[rnd.nextInt(ZONES.length)])
                    .country(COUNTRIES[rnd.nextInt(COUNTRIES.length)])
                    .department(DEPTS[rnd.nextInt(DEPTS.length)])
                    .level(mentors ? 2 + rnd.nextInt(4) : rnd.nextInt(4))
                    .offers(pickSome(rnd, SKILLS, rnd.nextInt(4)).toArray(new String[0]))
                    .develops(pickSome(rnd, SKILLS, rnd.nextInt(3)).toArray(new String[0]))
                    .goals(rnd.nextBoolean() ? "get better at leadership and pricing" : "design systems")
                    .interests(pickSome(rnd, INTERESTS, rnd.nextInt(3)).toArray(new String[0]))
                    .capacity(mentors ? rnd.nextInt(3) : 1);
            if (rnd.nextInt(5) == 0 && i > 0) {
                b.manager(prefix + String.format("%03d", rnd.nextInt(i)));
            }
            out.add(b.build());
        }
        return out;
    }

    private static List<String> pickSome(Random rnd, String[] from, int k) {
        List<String> pool = new ArrayList<>(List.of(from));
        java.util.Collections.shuffle(pool, rnd);
        return pool.subList(0, Math.min(k, pool.size()));
    }
}
