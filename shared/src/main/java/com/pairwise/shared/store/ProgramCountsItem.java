package com.pairwise.shared.store;

import com.pairwise.shared.model.ProgramCounts;
import com.pairwise.shared.model.Registration;
import com.pairwise.shared.model.RegistrationStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The per-program counter item (PK=PROGRAM#id, SK=COUNTS), changed only with atomic ADD inside the same
 * transaction as the registration it counts, so counts and registrations never disagree.
 * Attributes: {@code mentor}, {@code mentee}, {@code peer} (places held), {@code waitlisted}, {@code c_XX} per country,
 * {@code r_<region>} per region.
 */
final class ProgramCountsItem {
    private static final String COUNTRY_PREFIX = "c_";
    private static final String REGION_PREFIX = "r_";

    private ProgramCountsItem() {
    }

    static Map<String, AttributeValue> key(String programId) {
        return Map.of(TableDefinition.PK, AttributeValue.fromS(Keys.program(programId)),
                TableDefinition.SK, AttributeValue.fromS(Keys.COUNTS_SK));
    }

    /** The counter a registration occupies: its role while it holds a place, else the waitlist. */
    static String slot(Registration r) {
        return r.status() == RegistrationStatus.WAITLISTED ? "waitlisted" : r.role().wire();
    }

    static String country(String country) {
        return COUNTRY_PREFIX + country;
    }

    static String region(String region) {
        return REGION_PREFIX + region;
    }

    /**
     * Adds {@code delta} to each named counter; with {@code capped} non-null the write only happens while that counter
     * is below {@code cap} (the mentee cap check, atomic with the sign-up).
     */
    static TransactWriteItem add(String table, String programId, Map<String, Integer> deltas, String capped, Integer cap) {
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> clauses = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, Integer> e : new TreeMap<>(deltas).entrySet()) {
            if (e.getValue() == 0) {
                continue;
            }
            names.put("#a" + n, e.getKey());
            values.put(":d" + n, AttributeValue.fromN(Integer.toString(e.getValue())));
            clauses.add("#a" + n + " :d" + n);
            n++;
        }
        Update.Builder update = Update.builder().tableName(table).key(key(programId))
                .updateExpression("ADD " + String.join(", ", clauses));
        if (capped != null && cap != null) {
            names.put("#cap", capped);
            values.put(":cap", AttributeValue.fromN(Integer.toString(cap)));
            update.conditionExpression("attribute_not_exists(#cap) OR #cap < :cap");
        }
        return TransactWriteItem.builder().update(update.expressionAttributeNames(names).expressionAttributeValues(values).build()).build();
    }

    static ProgramCounts toCounts(Map<String, AttributeValue> item) {
        Map<String, Integer> byCountry = new TreeMap<>();
        Map<String, Integer> byRegion = new TreeMap<>();
        item.forEach((name, value) -> {
            if (value.n() == null || Integer.parseInt(value.n()) <= 0) {
                return;
            }
            if (name.startsWith(COUNTRY_PREFIX)) {
                byCountry.put(name.substring(COUNTRY_PREFIX.length()), Integer.parseInt(value.n()));
            } else if (name.startsWith(REGION_PREFIX)) {
                byRegion.put(name.substring(REGION_PREFIX.length()), Integer.parseInt(value.n()));
            }
        });
        return new ProgramCounts(number(item, "mentor"), number(item, "mentee"), number(item, "peer"),
                number(item, "waitlisted"), byCountry, byRegion);
    }

    private static int number(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null || v.n() == null ? 0 : Integer.parseInt(v.n());
    }
}
