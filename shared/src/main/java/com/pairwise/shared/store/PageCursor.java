package com.pairwise.shared.store;

import com.pairwise.shared.domain.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Opaque paging token: the key of the last item returned. Decoding checks the token belongs to the list being read,
 * so a cursor from one program can never open another program's items.
 */
final class PageCursor {
    private static final String SEPARATOR = "\u001f";

    private PageCursor() {
    }

    static String encode(Map<String, AttributeValue> key) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(key).forEach((name, value) -> text.append(name).append('=').append(value.s()).append(SEPARATOR));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param expectedNames the key attributes of the list's index
     * @param partitionName the partition attribute whose value must equal {@code partitionValue}
     */
    static Map<String, AttributeValue> decode(String cursor, Set<String> expectedNames, String partitionName, String partitionValue) {
        return decode(cursor, expectedNames, partitionName, partitionValue, null, null);
    }

    /**
     * As {@link #decode(String, Set, String, String)}, and the {@code sortName} attribute must start with
     * {@code sortPrefix}: a start key outside the query's sort range is an error DynamoDB would answer, not a cursor.
     */
    static Map<String, AttributeValue> decode(String cursor, Set<String> expectedNames, String partitionName, String partitionValue,
                                              String sortName, String sortPrefix) {
        if (cursor == null) {
            return null;
        }
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            for (String part : text.split(SEPARATOR)) {
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    throw invalid();
                }
                key.put(part.substring(0, eq), AttributeValue.fromS(part.substring(eq + 1)));
            }
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
        AttributeValue partition = key.get(partitionName);
        if (!key.keySet().equals(expectedNames) || partition == null || !partitionValue.equals(partition.s())) {
            throw invalid();
        }
        if (sortName != null && !key.get(sortName).s().startsWith(sortPrefix)) {
            throw invalid();
        }
        return key;
    }

    private static ValidationException invalid() {
        return ValidationException.of("cursor", "is not a cursor issued for this list; start again without it");
    }
}
