package com.pairwise.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One function as the runner starts it: a name, how to build its handler, and what invokes it. HTTP routes come
 * from the handler itself ({@code HttpFunction.routeKeys()}); every route needs a token unless listed as public
 * (docs/openapi.yaml's {@code security: []}). Event rules and schedules mirror the stack's EventBridge rules.
 *
 * @param factory builds the handler once at start-up, like a Lambda init
 */
public record LocalFunction(String name, Function<LocalEnvironment, ? extends RequestStreamHandler> factory,
                            Set<String> publicRoutes, Map<String, EventPattern> eventRules, Map<String, Duration> schedules) {

    public LocalFunction {
        publicRoutes = Set.copyOf(publicRoutes);
        eventRules = Map.copyOf(eventRules);
        schedules = Map.copyOf(schedules);
    }

    public static LocalFunction of(String name, Function<LocalEnvironment, ? extends RequestStreamHandler> factory) {
        return new LocalFunction(name, factory, Set.of(), Map.of(), Map.of());
    }

    /** Routes of this function that API Gateway serves without the JWT authorizer. */
    public LocalFunction withPublicRoutes(String... routeKeys) {
        Set<String> keys = new LinkedHashSet<>(publicRoutes);
        keys.addAll(List.of(routeKeys));
        return new LocalFunction(name, factory, keys, eventRules, schedules);
    }

    /** Invoke on events matching {@code pattern} (an EventBridge rule named {@code ruleName}). */
    public LocalFunction onEvents(String ruleName, EventPattern pattern) {
        Map<String, EventPattern> rules = new LinkedHashMap<>(eventRules);
        rules.put(ruleName, pattern);
        return new LocalFunction(name, factory, publicRoutes, rules, schedules);
    }

    /** Invoke every {@code rate} with a Scheduled Event (an EventBridge {@code rate(...)} rule). */
    public LocalFunction every(String ruleName, Duration rate) {
        Map<String, Duration> rates = new LinkedHashMap<>(schedules);
        rates.put(ruleName, rate);
        return new LocalFunction(name, factory, publicRoutes, eventRules, rates);
    }

    /** Names in a list, for messages. */
    static List<String> names(List<LocalFunction> functions) {
        List<String> names = new ArrayList<>();
        functions.forEach(f -> names.add(f.name()));
        return names;
    }
}
