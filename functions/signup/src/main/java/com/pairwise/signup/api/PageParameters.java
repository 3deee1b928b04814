package com.pairwise.signup.api;

import com.pairwise.shared.domain.FieldError;
import com.pairwise.shared.domain.ValidationException;
import com.pairwise.shared.http.ApiRequest;
import com.pairwise.shared.model.WireEnum;
import java.util.ArrayList;
import java.util.List;

/** Query-string reading for list routes: {@code limit} (1..100, default 25), {@code cursor} and enum filters. */
final class PageParameters {
    static final int DEFAULT_LIMIT = 25;
    static final int MAX_LIMIT = 100;

    private final ApiRequest request;
    private final List<FieldError> errors = new ArrayList<>();

    PageParameters(ApiRequest request) {
        this.request = request;
    }

    int limit() {
        String text = request.query("limit").orElse(null);
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        errors.add(new FieldError("limit", "must be a whole number from 1 to " + MAX_LIMIT));
        return DEFAULT_LIMIT;
    }

    String cursor() {
        return request.query("cursor").orElse(null);
    }

    <E extends Enum<E> & WireEnum> E enumValue(String name, Class<E> type) {
        String text = request.query(name).orElse(null);
        if (text == null) {
            return null;
        }
        return WireEnum.parse(type, text).orElseGet(() -> {
            errors.add(new FieldError(name, "must be one of " + WireEnum.allowed(type) + ", not '" + text + "'"));
            return null;
        });
    }

    String country(String name) {
        String text = request.query(name).orElse(null);
        if (text != null && !com.pairwise.shared.model.Codes.isCountry(text.toUpperCase(java.util.Locale.ROOT))) {
            errors.add(new FieldError(name, "must be an ISO 3166-1 alpha-2 code such as BR"));
            return null;
        }
        return text == null ? null : text.toUpperCase(java.util.Locale.ROOT);
    }

    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
