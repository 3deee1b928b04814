package com.pairwise.shared.http;

import com.pairwise.shared.domain.ValidationException;

/** The query parameters of a paged list: {@code limit} (1..100, default 25) and an opaque {@code cursor}. */
public record PageQuery(int limit, String cursor) {
    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;

    /** @throws ValidationException naming {@code limit} when it is not a whole number in range */
    public static PageQuery of(ApiRequest request) {
        String text = request.query("limit").orElse(null);
        int limit = DEFAULT_LIMIT;
        if (text != null) {
            try {
                limit = Integer.parseInt(text);
            } catch (NumberFormatException notANumber) {
                limit = 0;
            }
            if (limit < 1 || limit > MAX_LIMIT) {
                throw ValidationException.of("limit", "must be a whole number from 1 to " + MAX_LIMIT);
            }
        }
        return new PageQuery(limit, request.query("cursor").orElse(null));
    }
}
