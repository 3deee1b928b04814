package com.pairwise.shared.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.shared.domain.ValidationException;
import java.nio.charset.StandardCharsets;

/** Reads a request body as a JSON object, refusing oversize, malformed and non-object bodies with a 400. */
public final class JsonBody {
    /** Far above any honest profile or program; keeps hostile payloads from costing memory. */
    public static final int MAX_BYTES = 64 * 1024;

    private JsonBody() {
    }

    public static ObjectNode object(ApiRequest request) {
        String body = request.body();
        if (body == null || body.isBlank()) {
            throw ValidationException.of("body", "is required: send a JSON object");
        }
        if (body.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw ValidationException.of("body", "is larger than " + MAX_BYTES + " bytes");
        }
        request.header("content-type").ifPresent(type -> {
            String mediaType = type.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
            if (!mediaType.equals("application/json") && !mediaType.equals("application/merge-patch+json")) {
                throw ValidationException.of("content-type", "must be application/json, not " + type);
            }
        });
        JsonNode node;
        try {
            node = JsonTree.read(body);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            // the rules JsonTree and the read limits add are named; Jackson's own syntax messages are left out (technical)
            String why = e instanceof JsonTree.Malformed ? ": it " + e.getOriginalMessage()
                    : e instanceof StreamConstraintsException ? ": it nests deeper than " + JsonTree.MAX_DEPTH + " levels" : "";
            throw ValidationException.of("body", "is not valid JSON" + where + why);
        }
        if (!node.isObject()) {
            throw ValidationException.of("body", "must be a JSON object");
        }
        return (ObjectNode) node;
    }
}
