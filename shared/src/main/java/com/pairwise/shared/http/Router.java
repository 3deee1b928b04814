package com.pairwise.shared.http;

import com.pairwise.shared.domain.ConflictException;
import com.pairwise.shared.domain.FieldError;
import com.pairwise.shared.domain.ForbiddenException;
import com.pairwise.shared.domain.NotFoundException;
import com.pairwise.shared.domain.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dispatches on API Gateway's route key and turns domain outcomes into HTTP answers, so no input can produce a
 * 5xx except a genuine fault, which is logged (without personal data) and answered with a generic 500.
 */
public final class Router {
    private final Map<String, Route> routes = new LinkedHashMap<>();
    private final Map<String, Boolean> isPublic = new LinkedHashMap<>();
    private final RequestLog log;

    public Router(RequestLog log) {
        this.log = log;
    }

    /** A route that needs a signed-in caller. */
    public Router add(String routeKey, Route route) {
        return add(routeKey, route, false);
    }

    /** A route anyone may call, such as an unsubscribe link. */
    public Router addPublic(String routeKey, Route route) {
        return add(routeKey, route, true);
    }

    private Router add(String routeKey, Route route, boolean open) {
        if (routes.putIfAbsent(routeKey, route) != null) {
            throw new IllegalArgumentException("route registered twice: " + routeKey);
        }
        isPublic.put(routeKey, open);
        return this;
    }

    public Set<String> routeKeys() {
        return routes.keySet();
    }

    /** Answers the request; the answer echoes the correlation id so callers can quote it. */
    public ApiResponse handle(ApiRequest request) {
        long started = System.nanoTime();
        String correlationId = CorrelationId.of(request);
        ApiResponse response = dispatch(request, correlationId);
        log.request(request, correlationId, response.status(), (System.nanoTime() - started) / 1_000_000);
        return response.withHeader(CorrelationId.HEADER, correlationId);
    }

    private ApiResponse dispatch(ApiRequest request, String correlationId) {
        Route route = routes.get(request.routeKey());
        String instance = request.path();
        if (route == null) {
            return Problem.of(404, "not-found", "Not Found", "no route " + request.routeKey(), instance).toResponse();
        }
        if (!isPublic.get(request.routeKey()) && request.caller().isEmpty()) {
            return Problem.of(401, "unauthenticated", "Unauthorized", "sign in: the request carries no verified identity", instance).toResponse();
        }
        try {
            return route.handle(request);
        } catch (ValidationException e) {
            List<FieldError> errors = e.errors();
            return Problem.of(400, "validation", "Invalid request", describe(errors), instance).withErrors(errors).toResponse();
        } catch (NotFoundException e) {
            return Problem.of(404, "not-found", "Not Found", e.getMessage(), instance).toResponse();
        } catch (ForbiddenException e) {
            return Problem.of(403, "forbidden", "Forbidden", e.getMessage(), instance).toResponse();
        } catch (ConflictException e) {
            return Problem.of(409, e.code(), "Conflict", e.getMessage(), instance).withCode(e.code()).toResponse();
        } catch (RuntimeException e) {
            log.failure(request, correlationId, e);
            return Problem.of(500, "internal", "Internal Server Error",
                    "something went wrong on our side; quote request id " + request.requestId(), instance).toResponse();
        }
    }

    private static String describe(List<FieldError> errors) {
        StringBuilder text = new StringBuilder();
        for (FieldError error : errors) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(error.field()).append(": ").append(error.message());
        }
        return text.toString();
    }
}
