package com.pairwise.shared.privacy;

import java.util.Map;

/**
 * One area's part of a person's data export ({@code GET /me/export}). A section only reads, and only through keys and
 * indexes that start from the person's id (GetItem, Query, BatchGetItem; never a Scan), paging through everything.
 * It returns what is the person's own and nothing the person could not already read through the API.
 */
public interface ExportSection {
    /** The export document's property holding this section, e.g. {@code matching}. */
    String name();

    /**
     * Everything the area holds about the person, JSON-ready: maps with readable names, lists, strings (instants as
     * ISO-8601), numbers, booleans and nulls only, in a stable order.
     */
    Map<String, Object> read(String userId);
}
