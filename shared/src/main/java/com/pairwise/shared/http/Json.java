package com.pairwise.shared.http;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one configured Jackson mapper, for tests, benchmarks and the local runner. Function code reads and writes JSON
 * through {@link JsonTree} instead: building a mapper costs a cold start 150-250 ms, and no function needs one.
 */
public final class Json {
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            // A body is one JSON value; anything after it is an error, not silently ignored.
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static {
        // Bodies are capped before parsing; this keeps a hostile nesting depth from costing stack.
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(JsonTree.MAX_DEPTH).build());
    }

    private Json() {
    }
}
