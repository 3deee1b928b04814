package com.pairwise.shared.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.shared.domain.FieldError;
import com.pairwise.shared.domain.ValidationException;
import com.pairwise.shared.model.WireEnum;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Typed, error-collecting reads of a JSON object's fields. Each read returns null when the field is absent or
 * null and records a {@link FieldError} when it is present but wrong, so one response names every bad field.
 */
public final class Fields {
    private final JsonNode node;
    private final String prefix;
    private final List<FieldError> errors;

    public Fields(JsonNode node) {
        this(node, "", new ArrayList<>());
    }

    private Fields(JsonNode node, String prefix, List<FieldError> errors) {
        this.node = node;
        this.prefix = prefix;
        this.errors = errors;
    }

    public String path(String name) {
        return prefix + name;
    }

    public void error(String name, String message) {
        errors.add(new FieldError(path(name), message));
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** True when the field is in the body at all, even as null (a PATCH uses null to clear). */
    public boolean has(String name) {
        return node.has(name);
    }

    public boolean isNull(String name) {
        return node.has(name) && node.get(name).isNull();
    }

    public void rejectUnknown(Set<String> known) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                error(name, "is not a known field");
            }
        }
    }

    public void require(String name, Object value) {
        if (value == null && !hasErrorFor(name)) {
            error(name, "is required");
        }
    }

    private boolean hasErrorFor(String name) {
        String full = path(name);
        return errors.stream().anyMatch(e -> e.field().equals(full) || e.field().startsWith(full + "[") || e.field().startsWith(full + "."));
    }

    public String text(String name, int maxLength) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            error(name, "must be a string");
            return null;
        }
        return checkText(name, value.asText(), maxLength);
    }

    private String checkText(String name, String raw, int maxLength) {
        // Windows line ends are line ends: stored as \n so every client reads the same text.
        String text = raw.replace("\r\n", "\n").strip();
        if (text.isEmpty()) {
            error(name, "must not be blank");
            return null;
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            error(name, "must be at most " + maxLength + " characters");
            return null;
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            error(name, "must not contain control characters");
            return null;
        }
        return text;
    }

    public Integer integer(String name, int min, int max) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            error(name, "must be a whole number");
            return null;
        }
        int n = value.asInt();
        if (n < min || n > max) {
            error(name, "must be between " + min + " and " + max);
            return null;
        }
        return n;
    }

    public Boolean bool(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            error(name, "must be true or false");
            return null;
        }
        return value.asBoolean();
    }

    public LocalDate date(String name) {
        String text = text(name, 10);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            error(name, "must be a date like 2026-01-31");
            return null;
        }
    }

    public Instant instant(String name) {
        String text = text(name, 40);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            error(name, "must be a UTC timestamp like 2026-01-31T09:00:00Z");
            return null;
        }
    }

    public <E extends Enum<E> & WireEnum> E enumValue(String name, Class<E> type) {
        String text = text(name, 40);
        if (text == null) {
            return null;
        }
        return WireEnum.parse(type, text).orElseGet(() -> {
            error(name, "must be one of " + WireEnum.allowed(type) + ", not '" + text + "'");
            return null;
        });
    }

    /** A list of distinct non-blank strings; duplicates are dropped, order kept. */
    public List<String> texts(String name, int maxItems, int maxLength) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            error(name, "must be an array of strings");
            return null;
        }
        if (value.size() > maxItems) {
            error(name, "must have at most " + maxItems + " items");
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        int before = errors.size();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String itemName = name + "[" + i + "]";
            if (!item.isTextual()) {
                error(itemName, "must be a string");
                continue;
            }
            String text = checkText(itemName, item.asText(), maxLength);
            if (text != null) {
                out.add(text);
            }
        }
        return errors.size() == before ? List.copyOf(out) : null;
    }

    /**
     * A list of ISO 8601 durations ("PT24H", "PT30M") in whole minutes within [min, max], each error naming its item
     * ({@code name[1]}); null when absent or any item is wrong (the errors are recorded).
     */
    public List<Duration> durations(String name, int maxItems, Duration min, Duration max) {
        JsonNode value = array(name, maxItems, "an array of durations like PT24H");
        if (value == null) {
            return null;
        }
        List<Duration> out = new ArrayList<>();
        int before = errors.size();
        for (int i = 0; i < value.size(); i++) {
            String itemName = name + "[" + i + "]";
            JsonNode item = value.get(i);
            Duration d = null;
            try {
                d = item.isTextual() && item.asText().length() <= 40 ? Duration.parse(item.asText()) : null;
            } catch (DateTimeParseException e) {
                // answered below
            }
            if (d == null || d.toSecondsPart() != 0 || d.getNano() != 0) {
                error(itemName, "must be a duration in whole minutes like PT24H or PT30M");
            } else if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
                error(itemName, "must be between " + min + " and " + max);
            } else {
                out.add(d);
            }
        }
        return errors.size() == before ? List.copyOf(out) : null;
    }

    /** A list of whole numbers within [min, max], each error naming its item; null when absent or any is wrong. */
    public List<Integer> integers(String name, int maxItems, int min, int max) {
        JsonNode value = array(name, maxItems, "an array of whole numbers");
        if (value == null) {
            return null;
        }
        List<Integer> out = new ArrayList<>();
        int before = errors.size();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isIntegralNumber() || !item.canConvertToInt()) {
                error(name + "[" + i + "]", "must be a whole number");
            } else if (item.asInt() < min || item.asInt() > max) {
                error(name + "[" + i + "]", "must be between " + min + " and " + max);
            } else {
                out.add(item.asInt());
            }
        }
        return errors.size() == before ? List.copyOf(out) : null;
    }

    private JsonNode array(String name, int maxItems, String what) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            error(name, "must be " + what);
            return null;
        }
        if (value.size() > maxItems) {
            error(name, "must have at most " + maxItems + " items");
            return null;
        }
        return value;
    }

    /** The named nested object's fields, or null when absent; errors land in this reader with a dotted path. */
    public Fields object(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            error(name, "must be an object");
            return null;
        }
        return new Fields(value, path(name) + ".", errors);
    }

    /**
     * The named array's objects, each a reader whose errors carry a path like {@code sessions[2].title}; null when
     * absent or not an array of at most {@code maxItems} objects (the error is recorded).
     */
    public List<Fields> objects(String name, int maxItems) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            error(name, "must be an array of objects");
            return null;
        }
        if (value.size() > maxItems) {
            error(name, "must have at most " + maxItems + " items");
            return null;
        }
        List<Fields> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            String itemName = name + "[" + i + "]";
            if (!value.get(i).isObject()) {
                error(itemName, "must be an object");
                continue;
            }
            out.add(new Fields(value.get(i), path(itemName) + ".", errors));
        }
        return out.size() == value.size() ? out : null;
    }

    private JsonNode value(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }
}
