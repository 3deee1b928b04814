package com.pairwise.shared.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.shared.model.ReminderTimings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON shape of a program's reminder timings, shared by the API (signup's program bodies) and the store (one
 * text attribute of the program item). Lead times are ISO 8601 durations ("PT24H"). {@link #read} trusts its input:
 * it reads what {@link #write} wrote; request bodies are validated field by field instead.
 */
public final class ReminderTimingsDocument {
    private ReminderTimingsDocument() {
    }

    public static ObjectNode write(ReminderTimings t) {
        ObjectNode o = JsonTree.object();
        ArrayNode leads = o.putArray("meetingLeadTimes");
        t.meetingLeadTimes().forEach(d -> leads.add(d.toString()));
        o.put("inactivityDays", t.inactivityDays());
        ArrayNode nudges = o.putArray("requestNudgeDays");
        t.requestNudgeDays().forEach(nudges::add);
        return o;
    }

    /** Absent fields read as the defaults. */
    public static ReminderTimings read(JsonNode o) {
        ReminderTimings d = ReminderTimings.DEFAULTS;
        List<Duration> leads = null;
        if (o.has("meetingLeadTimes")) {
            leads = new ArrayList<>();
            for (JsonNode lead : o.get("meetingLeadTimes")) {
                leads.add(Duration.parse(lead.asText()));
            }
        }
        List<Integer> nudges = null;
        if (o.has("requestNudgeDays")) {
            nudges = new ArrayList<>();
            for (JsonNode days : o.get("requestNudgeDays")) {
                nudges.add(days.asInt());
            }
        }
        return new ReminderTimings(leads, o.path("inactivityDays").asInt(d.inactivityDays()), nudges);
    }
}
