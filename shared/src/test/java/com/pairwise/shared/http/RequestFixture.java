package com.pairwise.shared.http;

import com.pairwise.shared.domain.Caller;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds {@link ApiRequest}s: a signed-in caller, no body, no headers unless set. */
final class RequestFixture {
    static final Caller ANA = new Caller("user-ana", "ana@example.com", Set.of());

    private String routeKey = "GET /programs";
    private String path = "/programs";
    private final Map<String, String> headers = new HashMap<>();
    private String body;
    private Optional<Caller> caller = Optional.of(ANA);
    private String requestId = "req-123";

    private RequestFixture() {
    }

    static RequestFixture request(String routeKey, String path) {
        RequestFixture r = new RequestFixture();
        r.routeKey = routeKey;
        r.path = path;
        return r;
    }

    static RequestFixture withBody(String body) {
        return request("POST /programs", "/programs").body(body);
    }

    RequestFixture body(String value) {
        this.body = value;
        return this;
    }

    RequestFixture header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    RequestFixture anonymous() {
        this.caller = Optional.empty();
        return this;
    }

    RequestFixture requestId(String value) {
        this.requestId = value;
        return this;
    }

    ApiRequest build() {
        return new ApiRequest(routeKey, path, Map.of(), Map.of(), headers, body, caller, requestId);
    }
}
