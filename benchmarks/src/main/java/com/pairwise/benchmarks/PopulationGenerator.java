package com.pairwise.benchmarks;

import com.pairwise.matching.engine.Participant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded, realistic-looking programs: skewed countries and languages (English dominant), countries mapped to their
 * real time zones, an 8-level ladder (mentees junior, mentors senior), a few hundred skills with Zipf-like popularity,
 * mentor capacities 1 to 5 with some places already taken, reporting lines, and a small share of mentees who speak
 * only a language no mentor speaks (so some mentees have no feasible mentor at all).
 */
final class PopulationGenerator {

    private record Country(String code, String region, int weight, String[] zones, String language, int englishPct) {
    }

    private static final Country[] COUNTRIES = {
        new Country("US", "AMER", 25, new String[] {"America/New_York", "America/Chicago", "America/Los_Angeles"}, "en", 100),
        new Country("CA", "AMER", 3, new String[] {"America/Toronto", "America/Vancouver"}, "fr", 90),
        new Country("MX", "AMER", 4, new String[] {"America/Mexico_City"}, "es", 55),
        new Country("BR", "AMER", 6, new String[] {"America/Sao_Paulo"}, "pt", 50),
        new Country("AR", "AMER", 2, new String[] {"America/Argentina/Buenos_Aires"}, "es", 50),
        new Country("GB", "EMEA", 8, new String[] {"Europe/London"}, "en", 100),
        new Country("DE", "EMEA", 6, new String[] {"Europe/Berlin"}, "de", 75),
        new Country("FR", "EMEA", 5, new String[] {"Europe/Paris"}, "fr", 60),
        new Country("ES", "EMEA", 5, new String[] {"Europe/Madrid"}, "es", 60),
        new Country("PL", "EMEA", 2, new String[] {"Europe/Warsaw"}, "pl", 70),
        new Country("NG", "EMEA", 2, new String[] {"Africa/Lagos"}, "en", 100),
        new Country("EG", "EMEA", 2, new String[] {"Africa/Cairo"}, "ar", 60),
        new Country("IN", "APAC", 12, new String[] {"Asia/Kolkata"}, "hi", 90),
        new Country("JP", "APAC", 4, new String[] {"Asia/Tokyo"}, "ja", 40),
        new Country("CN", "APAC", 4, new String[] {"Asia/Shanghai"}, "zh", 35),
        new Country("KR", "APAC", 2, new String[] {"Asia/Seoul"}, "ko", 45),
        new Country("SG", "APAC", 3, new String[] {"Asia/Singapore"}, "zh", 100),
        new Country("PH", "APAC", 2, new String[] {"Asia/Manila"}, "tl", 90),
        new Country("AU", "APAC", 3, new String[] {"Australia/Sydney"}, "en", 100),
        new Country("NZ", "APAC", 1, new String[] {"Pacific/Auckland"}, "en", 100),
        new Country("KI", "APAC", 1, new String[] {"Pacific/Kiritimati"}, "en", 100),
    };
    private static final String[] DEPARTMENTS = {"Engineering", "Sales", "Marketing", "Finance", "Legal", "People",
        "Operations", "Product", "Design", "Support", "Data", "Security"};
    private static final String[] TOPICS = {"Negotiation", "Java", "Leadership", "Pricing", "Design", "Public speaking",
        "Python", "Cloud", "Kubernetes", "Accounting", "Forecasting", "Hiring", "Coaching", "Writing", "Strategy",
        "Product discovery", "UX research", "Security", "Compliance", "Data analysis", "Machine learning", "SQL",
        "Storytelling", "Budgeting", "Project management", "Agile", "Customer success", "Branding", "SEO", "Contracts"};
    private static final String[] LEVELS = {"", "Advanced ", "Applied ", "Strategic ", "Modern ", "Practical ",
        "Enterprise ", "Team ", "Global ", "Lean "};
    private static final String[] INTERESTS = {"Chess", "Hiking", "Cooking", "Music", "Running", "Photography",
        "Gardening", "Cycling", "Reading", "Films", "Travel", "Yoga", "Football", "Board games", "Painting", "Climbing",
        "Sailing", "Podcasts", "Volunteering", "Languages", "Baking", "Swimming", "Tennis", "Theatre", "Jazz",
        "Gaming", "Knitting", "Astronomy", "History", "Poetry"};
    private static final String[] FILLER = {"I want to", "get better at", "grow my", "learn about", "become confident in",
        "move into", "lead", "understand"};

    private final Random rnd;
    private final String[] skills;
    private final int totalWeight;

    PopulationGenerator(long seed) {
        rnd = new Random(seed);
        skills = new String[TOPICS.length * LEVELS.length];
        int i = 0;
        for (String level : LEVELS) {
            for (String topic : TOPICS) {
                skills[i++] = level + topic;
            }
        }
        int w = 0;
        for (Country c : COUNTRIES) {
            w += c.weight();
        }
        totalWeight = w;
    }

    List<Participant> mentors(int n) {
        List<Participant> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int capacity = 1 + rnd.nextInt(5);
            int active = rnd.nextInt(4) == 0 ? rnd.nextInt(capacity + 1) : 0;
            out.add(person(String.format("mentor-%06d", i), true, Participant.freeCapacity(capacity, active), null));
        }
        return out;
    }

    /** Mentees; about 10% report to a mentor, 2% speak only Icelandic (no mentor does). */
    List<Participant> mentees(int n, int mentorCount) {
        List<Participant> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String manager = rnd.nextInt(10) == 0 ? String.format("mentor-%06d", rnd.nextInt(mentorCount)) : null;
            Participant p = person(String.format("mentee-%06d", i), false, 0, manager);
            if (rnd.nextInt(50) == 0) {
                p = new Participant(p.id(), List.of("is"), p.timeZone(), p.country(), p.region(), p.department(),
                        p.seniorityIndex(), p.skillsOffered(), p.skillsToDevelop(), p.goals(), p.interests(),
                        p.managerId(), 0);
            }
            out.add(p);
        }
        return out;
    }

    /** Peers: any level, everyone both offers and develops skills. */
    List<Participant> peers(int n) {
        List<Participant> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Participant p = person(String.format("peer-%06d", i), true, 1, null);
            out.add(new Participant(p.id(), p.languages(), p.timeZone(), p.country(), p.region(), p.department(),
                    rnd.nextInt(8), p.skillsOffered(), pickSkills(1 + rnd.nextInt(3)), p.goals(), p.interests(),
                    null, 1));
        }
        return out;
    }

    private Participant person(String id, boolean mentor, int free, String manager) {
        Country c = country();
        List<String> languages = new ArrayList<>();
        languages.add(c.language());
        if (!c.language().equals("en") && rnd.nextInt(100) < c.englishPct()) {
            languages.add("en");
        }
        if (rnd.nextInt(10) == 0) {
            languages.add(new String[] {"es", "fr", "de", "pt"}[rnd.nextInt(4)]);
        }
        String zone = c.zones()[rnd.nextInt(c.zones().length)];
        int level = mentor ? 3 + Math.min(4, (int) Math.abs(rnd.nextGaussian() * 2)) : Math.min(5, rnd.nextInt(3) + rnd.nextInt(3));
        List<String> offered = mentor ? pickSkills(3 + rnd.nextInt(6)) : pickSkills(rnd.nextInt(2));
        List<String> develop = mentor ? List.of() : pickSkills(1 + rnd.nextInt(4));
        StringBuilder goals = new StringBuilder();
        for (int g = 0; g < 1 + rnd.nextInt(3); g++) {
            goals.append(FILLER[rnd.nextInt(FILLER.length)]).append(' ')
                    .append(skills[zipf(skills.length)].toLowerCase()).append(". ");
        }
        List<String> interests = new ArrayList<>();
        for (int k = rnd.nextInt(5); k > 0; k--) {
            String s = INTERESTS[zipf(INTERESTS.length)];
            if (!interests.contains(s)) {
                interests.add(s);
            }
        }
        return new Participant(id, languages, zone, c.code(), c.region(), DEPARTMENTS[zipf(DEPARTMENTS.length)], level,
                offered, develop, goals.toString(), interests, manager, free);
    }

    private List<String> pickSkills(int k) {
        List<String> out = new ArrayList<>(k);
        while (out.size() < k) {
            String s = skills[zipf(skills.length)];
            if (!out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    private Country country() {
        int x = rnd.nextInt(totalWeight);
        for (Country c : COUNTRIES) {
            x -= c.weight();
            if (x < 0) {
                return c;
            }
        }
        return COUNTRIES[0];
    }

    /** Index in [0, n) with roughly 1/(rank) popularity. */
    private int zipf(int n) {
        double u = rnd.nextDouble();
        return Math.min(n - 1, (int) Math.floor(Math.pow(n + 1, u)) - 1);
    }
}
