package com.pairwise.local;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Matches {@code METHOD /path} against route keys the way an API Gateway HTTP API does: a route with the request's
 * method beats an {@code ANY} route, then the most specific path wins, comparing segment by segment (a literal
 * segment beats a {@code {param}}, which beats a greedy {@code {proxy+}}). A path that matches only routes of other
 * methods is not found, as in API Gateway (there is no 405).
 */
public final class RouteTable {

    /** A route and what serves it. */
    public record Route(String routeKey, String method, List<Segment> segments, String function, boolean publicRoute) {
    }

    /** The chosen route and its path parameters (values percent-decoded, as API Gateway passes them). */
    public record Match(Route route, Map<String, String> pathParameters) {
    }

    enum Kind { LITERAL, PARAM, GREEDY }

    record Segment(Kind kind, String text) {
    }

    private final List<Route> routes;

    private RouteTable(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Route> routes() {
        return routes;
    }

    public Optional<Match> match(String method, String rawPath) {
        String wanted = method.toUpperCase(Locale.ROOT);
        List<String> parts = split(rawPath);
        Route best = null;
        Map<String, String> bestParams = null;
        for (Route route : routes) {
            if (!route.method().equals(wanted) && !route.method().equals("ANY")) {
                continue;
            }
            Map<String, String> params = bind(route.segments(), parts);
            if (params != null && (best == null || moreSpecific(route, best, wanted) > 0)) {
                best = route;
                bestParams = params;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Match(best, bestParams));
    }

    /** Positive when {@code a} should win over {@code b} for a request with {@code method}. */
    private static int moreSpecific(Route a, Route b, String method) {
        boolean aExact = a.method().equals(method);
        boolean bExact = b.method().equals(method);
        if (aExact != bExact) {
            return aExact ? 1 : -1;
        }
        int n = Math.min(a.segments().size(), b.segments().size());
        for (int i = 0; i < n; i++) {
            int byKind = Integer.compare(rank(a.segments().get(i).kind()), rank(b.segments().get(i).kind()));
            if (byKind != 0) {
                return byKind;
            }
        }
        return Integer.compare(a.segments().size(), b.segments().size());
    }

    private static int rank(Kind kind) {
        return switch (kind) {
            case LITERAL -> 2;
            case PARAM -> 1;
            case GREEDY -> 0;
        };
    }

    private static Map<String, String> bind(List<Segment> template, List<String> parts) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < template.size(); i++) {
            Segment segment = template.get(i);
            if (segment.kind() == Kind.GREEDY) {
                if (i >= parts.size()) {
                    return null;
                }
                String rest = String.join("/", parts.subList(i, parts.size()));
                if (rest.isEmpty()) {
                    return null;
                }
                params.put(segment.text(), decode(rest));
                return params;
            }
            if (i >= parts.size()) {
                return null;
            }
            String part = parts.get(i);
            if (segment.kind() == Kind.LITERAL) {
                if (!segment.text().equals(part) && !segment.text().equals(decode(part))) {
                    return null;
                }
            } else {
                if (part.isEmpty()) {
                    return null;
                }
                params.put(segment.text(), decode(part));
            }
        }
        return parts.size() == template.size() ? params : null;
    }

    /** Segments after the leading slash; {@code /} is no segments, a trailing slash leaves an empty last segment. */
    static List<String> split(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        List<String> parts = new ArrayList<>();
        if (p.isEmpty()) {
            return parts;
        }
        int start = 0;
        while (true) {
            int slash = p.indexOf('/', start);
            if (slash < 0) {
                parts.add(p.substring(start));
                return parts;
            }
            parts.add(p.substring(start, slash));
            start = slash + 1;
        }
    }

    /** Percent-decoding of a path segment ({@code +} stays a plus); malformed escapes are left as sent. */
    static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return raw;
        }
    }

    public static final class Builder {
        private final Map<String, Route> byKey = new LinkedHashMap<>();

        /**
         * Adds a route key such as {@code GET /programs/{programId}}.
         *
         * @throws IllegalArgumentException for a malformed key or one already served by another function
         */
        public Builder add(String routeKey, String function, boolean publicRoute) {
            String key = routeKey.trim();
            int space = key.indexOf(' ');
            if (space <= 0 || !key.startsWith("/", space + 1)) {
                throw new IllegalArgumentException("route key must look like 'GET /path', not '" + routeKey + "'");
            }
            String method = key.substring(0, space).toUpperCase(Locale.ROOT);
            String path = key.substring(space + 1);
            List<Segment> segments = new ArrayList<>();
            List<String> parts = split(path);
            for (int i = 0; i < parts.size(); i++) {
                String part = parts.get(i);
                if (part.startsWith("{") && part.endsWith("+}")) {
                    if (i != parts.size() - 1) {
                        throw new IllegalArgumentException("greedy segment must be last: " + routeKey);
                    }
                    segments.add(new Segment(Kind.GREEDY, part.substring(1, part.length() - 2)));
                } else if (part.startsWith("{") && part.endsWith("}")) {
                    segments.add(new Segment(Kind.PARAM, part.substring(1, part.length() - 1)));
                } else {
                    segments.add(new Segment(Kind.LITERAL, part));
                }
            }
            String normalised = method + " " + path;
            Route previous = byKey.get(normalised);
            if (previous != null) {
                throw new IllegalArgumentException("route " + normalised + " is served by both " + previous.function() + " and " + function);
            }
            byKey.put(normalised, new Route(normalised, method, List.copyOf(segments), function, publicRoute));
            return this;
        }

        public Builder addAll(Collection<String> routeKeys, String function, Collection<String> publicKeys) {
            for (String key : routeKeys) {
                add(key, function, publicKeys.contains(key));
            }
            return this;
        }

        public RouteTable build() {
            return new RouteTable(new ArrayList<>(byKey.values()));
        }
    }
}
