package com.pairwise.shared.http;

/** Serves one route; a thin adapter that turns the request into a domain call and its result into a response. */
@FunctionalInterface
public interface Route {
    ApiResponse handle(ApiRequest request);
}
