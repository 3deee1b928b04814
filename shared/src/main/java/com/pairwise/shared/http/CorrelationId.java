package com.pairwise.shared.http;

import java.util.regex.Pattern;

/**
 * The id that ties together every log line of one request across functions: the caller's {@code x-correlation-id}
 * when it is a plain token, otherwise API Gateway's request id. The token shape (no spaces, no {@code @}, at most
 * 128 characters) keeps a client from smuggling an e-mail address, free text or log-breaking characters into logs.
 */
public final class CorrelationId {
    public static final String HEADER = "x-correlation-id";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:=+/-]{0,127}");

    private CorrelationId() {
    }

    public static String of(ApiRequest request) {
        return request.header(HEADER).filter(CorrelationId::isValid).orElse(request.requestId());
    }

    public static boolean isValid(String candidate) {
        return candidate != null && VALID.matcher(candidate).matches();
    }
}
