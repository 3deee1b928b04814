package com.pairwise.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Participants compiled into primitive arrays so that tens of millions of pair checks stay cheap: strings become
 * interned ints, sets become sorted int arrays, zones become offsets. Mentors take indices {@code 0..mentorCount-1}
 * and mentees the rest, each group sorted by id: that order is the canonical order behind every tie-break.
 */
final class Population {

    final MatchingRules rules;
    final int mentorCount;
    final int size;
    final Participant[] people;
    final String[] ids;

    final int[][] languages;
    /** Bit per language when the program has at most 64 of them (it nearly always has): one AND per pair. */
    final long[] languageMask;
    final boolean useMask;
    final String[] languageCodes;

    final int[] seniority;
    final int[] offsetSeconds;
    final int[] country;
    final int[] department;
    final int[] region;
    final String[] countryCodes;
    final String[] departmentNames;
    final String[] regionNames;

    final int[][] offered;
    final int[][] toDevelop;
    final int[][] interests;
    final String[] termNames;
    final int[][] goalWords;
    /** Words of what a person can bring (skills offered and interests), which goals are matched against. */
    final int[][] offerWords;
    final String[] wordNames;

    final int[] self;
    final int[] manager;
    final int[] grandManager;
    final int[] freeCapacity;
    /** Partner indices never to be proposed with this person, sorted. */
    final int[][] excluded;

    private final Map<String, Integer> indexById;

    private Population(List<Participant> mentors, List<Participant> mentees, MatchingRules rules) {
        this.rules = rules;
        Comparator<Participant> byId = Comparator.comparing(Participant::id);
        List<Participant> all = new ArrayList<>(mentors.size() + mentees.size());
        all.addAll(mentors.stream().sorted(byId).toList());
        all.addAll(mentees.stream().sorted(byId).toList());
        this.mentorCount = mentors.size();
        this.size = all.size();
        this.people = all.toArray(new Participant[0]);
        this.ids = new String[size];
        this.indexById = new HashMap<>(size * 2);
        Set<String> seenMentors = new HashSet<>();
        Set<String> seenMentees = new HashSet<>();
        for (int i = 0; i < size; i++) {
            ids[i] = people[i].id();
            Set<String> seen = i < mentorCount ? seenMentors : seenMentees;
            if (!seen.add(ids[i])) {
                throw new IllegalArgumentException("duplicate participant id " + ids[i]);
            }
            indexById.putIfAbsent(ids[i], i);
        }

        Interner langs = new Interner();
        Interner countries = new Interner();
        Interner departments = new Interner();
        Interner regions = new Interner();
        Interner terms = new Interner();
        Interner words = new Interner();
        Interner persons = new Interner();
        // Intern in a canonical order (sorted values) so numbering, and so every tie, is independent of input order.
        for (Participant p : people) {
            for (String l : p.languages()) {
                langs.collect(l.strip().toLowerCase(Locale.ROOT), l);
            }
            countries.collect(upper(p.country()), p.country());
            departments.collect(Text.key(p.department()), p.department());
            regions.collect(Text.key(p.region()), p.region());
            for (String s : p.skillsOffered()) {
                terms.collect(Text.key(s), s);
            }
            for (String s : p.skillsToDevelop()) {
                terms.collect(Text.key(s), s);
            }
            for (String s : p.interests()) {
                terms.collect(Text.key(s), s);
            }
            for (String w : Text.words(p.goals())) {
                words.collect(w, w);
            }
            for (String w : offerWordsOf(p)) {
                words.collect(w, w);
            }
            persons.collect(p.id(), p.id());
            persons.collect(p.managerId(), p.managerId());
        }
        for (Map.Entry<String, String> e : rules.orgChart().entrySet()) {
            persons.collect(e.getKey(), e.getKey());
            persons.collect(e.getValue(), e.getValue());
        }
        langs.freeze();
        countries.freeze();
        departments.freeze();
        regions.freeze();
        terms.freeze();
        words.freeze();
        persons.freeze();
        languageCodes = langs.names();
        countryCodes = countries.names();
        departmentNames = departments.names();
        regionNames = regions.names();
        termNames = terms.names();
        wordNames = words.names();

        languages = new int[size][];
        languageMask = new long[size];
        useMask = languageCodes.length <= 64;
        seniority = new int[size];
        offsetSeconds = new int[size];
        country = new int[size];
        department = new int[size];
        region = new int[size];
        offered = new int[size][];
        toDevelop = new int[size][];
        interests = new int[size][];
        goalWords = new int[size][];
        offerWords = new int[size][];
        self = new int[size];
        manager = new int[size];
        grandManager = new int[size];
        freeCapacity = new int[size];
        Map<Integer, Integer> managerOf = new HashMap<>();
        for (Map.Entry<String, String> e : rules.orgChart().entrySet()) {
            managerOf.put(persons.id(e.getKey()), persons.id(e.getValue()));
        }
        Map<String, Integer> zoneCache = new HashMap<>();
        for (int i = 0; i < size; i++) {
            Participant p = people[i];
            languages[i] = langs.ids(map(p.languages(), l -> l.strip().toLowerCase(Locale.ROOT)));
            if (useMask) {
                for (int l : languages[i]) {
                    languageMask[i] |= 1L << l;
                }
            }
            seniority[i] = p.seniorityIndex() < 0 ? -1 : p.seniorityIndex();
            offsetSeconds[i] = zoneCache.computeIfAbsent(p.timeZone() == null ? "" : p.timeZone(),
                    z -> TimeZones.offsetSeconds(z, rules.at()));
            country[i] = countries.id(upper(p.country()));
            department[i] = departments.id(Text.key(p.department()));
            region[i] = regions.id(Text.key(p.region()));
            offered[i] = terms.ids(map(p.skillsOffered(), Text::key));
            toDevelop[i] = terms.ids(map(p.skillsToDevelop(), Text::key));
            interests[i] = terms.ids(map(p.interests(), Text::key));
            goalWords[i] = words.ids(new ArrayList<>(Text.words(p.goals())));
            offerWords[i] = words.ids(new ArrayList<>(offerWordsOf(p)));
            self[i] = persons.id(p.id());
            manager[i] = persons.id(p.managerId());
            if (manager[i] >= 0) {
                managerOf.putIfAbsent(self[i], manager[i]);
            }
            freeCapacity[i] = Math.max(0, p.freeCapacity());
        }
        for (int i = 0; i < size; i++) {
            if (manager[i] < 0) {
                Integer m = managerOf.get(self[i]);
                manager[i] = m == null ? -1 : m;
            }
            Integer g = manager[i] < 0 ? null : managerOf.get(manager[i]);
            grandManager[i] = g == null ? -1 : g;
        }
        excluded = buildExclusions(rules.excludedPairs());
    }

    /** Mentors and mentees of a one-to-one, reverse or group program. */
    static Population of(List<Participant> mentors, List<Participant> mentees, MatchingRules rules) {
        return new Population(mentors, mentees, rules);
    }

    /** Peers: everyone is on both sides; indices 0..size-1, mentorCount = 0. */
    static Population ofPeers(List<Participant> peers, MatchingRules rules) {
        return new Population(List.of(), peers, rules);
    }

    int menteeCount() {
        return size - mentorCount;
    }

    /** Index of a mentee (or, when ids overlap, the first match), or -1. */
    int indexOfMentee(String id) {
        for (int i = mentorCount; i < size; i++) {
            if (ids[i].equals(id)) {
                return i;
            }
        }
        return -1;
    }

    Integer indexOf(String id) {
        return indexById.get(id);
    }

    boolean isExcluded(int a, int b) {
        int[] ex = excluded[a];
        return ex.length > 0 && Arrays.binarySearch(ex, b) >= 0;
    }

    private int[][] buildExclusions(Set<PairKey> pairs) {
        int[][] out = new int[size][];
        int[] none = new int[0];
        Arrays.fill(out, none);
        if (pairs.isEmpty()) {
            return out;
        }
        List<Set<Integer>> sets = new ArrayList<>(java.util.Collections.nCopies(size, (Set<Integer>) null));
        boolean peers = mentorCount == 0;
        // Ids are unique within each side, so one map per side is enough.
        Map<String, Integer> mentorIdx = new HashMap<>(mentorCount * 2);
        Map<String, Integer> menteeIdx = new HashMap<>((size - mentorCount) * 2);
        for (int i = 0; i < size; i++) {
            (i < mentorCount ? mentorIdx : menteeIdx).put(ids[i], i);
        }
        for (PairKey k : pairs) {
            Integer a = peers ? menteeIdx.get(k.mentorId()) : mentorIdx.get(k.mentorId());
            Integer b = menteeIdx.get(k.menteeId());
            if (a != null && b != null) {
                addTo(sets, a, b);
                addTo(sets, b, a);
            }
        }
        for (int i = 0; i < size; i++) {
            Set<Integer> s = sets.get(i);
            if (s != null) {
                out[i] = s.stream().mapToInt(Integer::intValue).sorted().toArray();
            }
        }
        return out;
    }

    private static void addTo(List<Set<Integer>> sets, int a, int b) {
        if (sets.get(a) == null) {
            sets.set(a, new TreeSet<>());
        }
        sets.get(a).add(b);
    }

    private static List<String> map(List<String> in, java.util.function.UnaryOperator<String> f) {
        List<String> out = new ArrayList<>(in.size());
        for (String s : in) {
            out.add(f.apply(s));
        }
        return out;
    }

    private static Set<String> offerWordsOf(Participant p) {
        Set<String> out = new TreeSet<>();
        for (String s : p.skillsOffered()) {
            out.addAll(Text.words(s));
        }
        for (String s : p.interests()) {
            out.addAll(Text.words(s));
        }
        return out;
    }

    private static String upper(String s) {
        return s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * Maps keys to dense ints numbered in sorted key order; the display name of a key is the smallest original
     * spelling, so it does not depend on who signed up first. The empty key is "unknown" and maps to -1.
     */
    private static final class Interner {
        private final Map<String, String> display = new HashMap<>();
        private Map<String, Integer> ids;
        private String[] names;

        void collect(String key, String original) {
            if (key == null || key.isEmpty() || original == null) {
                return;
            }
            String shown = Text.tidy(original);
            display.merge(key, shown, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }

        void freeze() {
            String[] keys = display.keySet().toArray(new String[0]);
            Arrays.sort(keys);
            ids = new HashMap<>(keys.length * 2);
            names = new String[keys.length];
            for (int i = 0; i < keys.length; i++) {
                ids.put(keys[i], i);
                names[i] = display.get(keys[i]);
            }
        }

        int id(String key) {
            if (key == null || key.isEmpty()) {
                return -1;
            }
            Integer v = ids.get(key);
            return v == null ? -1 : v;
        }

        int[] ids(List<String> keys) {
            int[] out = new int[keys.size()];
            int n = 0;
            for (String k : keys) {
                int v = id(k);
                if (v >= 0) {
                    out[n++] = v;
                }
            }
            Arrays.sort(out, 0, n);
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (m == 0 || out[m - 1] != out[i]) {
                    out[m++] = out[i];
                }
            }
            return m == out.length ? out : Arrays.copyOf(out, m);
        }

        String[] names() {
            return names;
        }
    }
}
