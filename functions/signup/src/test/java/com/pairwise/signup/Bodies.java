package com.pairwise.signup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Valid request bodies that tests then bend one field at a time. */
public final class Bodies {
    private Bodies() {
    }

    /** An open evergreen one-to-one program with no cap. */
    public static Map<String, Object> program() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", "Evergreen mentoring");
        p.put("kind", "evergreen");
        p.put("format", "one_to_one");
        p.put("status", "open");
        p.put("languages", List.of("en", "es"));
        p.put("seniorityLevels", List.of("intern", "associate", "manager", "director"));
        p.put("requiredProfileFields", List.of("time_zone", "country"));
        p.put("coordinators", List.of("coord-1"));
        return p;
    }

    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        if (value == null) {
            copy.remove(field);
        } else {
            copy.put(field, value);
        }
        return copy;
    }

    public static Map<String, Object> signUp(String role) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("role", role);
        s.put("displayName", "Ana Souza");
        s.put("languages", List.of("es", "pt"));
        s.put("timeZone", "America/Sao_Paulo");
        s.put("country", "BR");
        s.put("seniority", "associate");
        s.put("skillsToDevelop", List.of("Negotiation"));
        return s;
    }
}
