package com.pairwise.reminders.domain;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a reminder in its recipient's language: times in their own zone, every fact HTML-escaped in the HTML
 * part, and the one-click unsubscribe link for the reminder's kind in both parts.
 */
public final class MessageRenderer {
    private final String publicBaseUrl;
    private final UnsubscribeTokens tokens;

    /** @param publicBaseUrl where the API answers without sign-in, e.g. {@code https://api.example.com} */
    public MessageRenderer(String publicBaseUrl, UnsubscribeTokens tokens) {
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        this.tokens = tokens;
    }

    public Message render(Reminder reminder, Recipient to) {
        Language lang = to.language();
        Map<String, String> values = values(reminder, to);
        String kind = reminder.kind().wire();
        String subject = fill(Phrases.get(lang, kind + ".subject"), values, false);
        String unsubscribe = publicBaseUrl + "/unsubscribe?token=" + tokens.sign(to.userId(), reminder.kind()) + "&lang=" + lang.code();
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(lang.code()).append("\"><body>");
        String greeting = Phrases.get(lang, "greeting");
        // A kind whose text names fields has a general wording for when the request named none.
        String body = values.get("fields").isEmpty() ? Phrases.find(lang, kind + ".body.general").orElse(Phrases.get(lang, kind + ".body"))
                : Phrases.get(lang, kind + ".body");
        text.append(fill(greeting, values, false)).append("\n\n").append(fill(body, values, false)).append('\n');
        html.append("<p>").append(fill(greeting, values, true)).append("</p><p>").append(fill(body, values, true).replace("\n", "<br>")).append("</p>");
        String agenda = reminder.facts().getOrDefault("agenda." + lang.code(), reminder.facts().get("agenda"));
        if (reminder.kind() == ReminderKind.MEETING && agenda != null && !agenda.isBlank()) {
            text.append('\n').append(Phrases.get(lang, "meeting.agenda")).append('\n');
            html.append("<p>").append(escape(Phrases.get(lang, "meeting.agenda"))).append("</p><ul>");
            for (String line : agenda.split("\n")) {
                text.append("- ").append(line).append('\n');
                html.append("<li>").append(escape(line)).append("</li>");
            }
            html.append("</ul>");
        }
        String path = reminder.facts().get("path");
        if (path != null && path.startsWith("/")) {
            // Where to act on it (the registration to complete, the survey to answer), under the public base URL.
            String link = publicBaseUrl + path;
            String action = Phrases.get(lang, kind + ".action");
            text.append('\n').append(action).append(": ").append(link).append('\n');
            html.append("<p><a href=\"").append(escape(link)).append("\">").append(escape(action)).append("</a></p>");
        }
        text.append("\n--\n").append(Phrases.get(lang, "unsubscribe")).append(": ").append(unsubscribe).append('\n');
        html.append("<hr><p><a href=\"").append(escape(unsubscribe)).append("\">").append(escape(Phrases.get(lang, "unsubscribe")))
                .append("</a></p></body></html>");
        return new Message(subject, text.toString(), html.toString(), unsubscribe);
    }

    /** The page the unsubscribe link answers with. */
    public static String unsubscribedPage(Language lang) {
        return "<!DOCTYPE html><html lang=\"" + lang.code() + "\"><body><p>" + escape(Phrases.get(lang, "unsubscribed")) + "</p></body></html>";
    }

    private static Map<String, String> values(Reminder reminder, Recipient to) {
        Map<String, String> facts = reminder.facts();
        String start = facts.get("start");
        String when = start == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(Locale.forLanguageTag(to.language().code()))
                .format(Instant.parse(start).atZone(to.zone()));
        return Map.of(
                "name", to.displayName() == null ? "" : to.displayName(),
                "partner", facts.getOrDefault("partner", ""),
                "start", when + " (" + to.zone().getId() + ")",
                "days", facts.getOrDefault("days", ""),
                "summary", reminder.kind() == ReminderKind.WEEKLY_DIGEST
                        ? DigestSummary.write(to.language(), facts, to.zone()) : facts.getOrDefault("summary", ""),
                "program", facts.getOrDefault("program", ""),
                "fields", fieldNames(facts.getOrDefault("missingFields", ""), to.language()));
    }

    /** "goals,skills_to_develop" as the recipient reads it: "goals, skills to develop" (an unknown field by its name). */
    static String fieldNames(String wireNames, Language lang) {
        StringBuilder out = new StringBuilder();
        for (String field : wireNames.split(",")) {
            if (field.isBlank()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(Phrases.find(lang, "field." + field.trim()).orElse(field.trim()));
        }
        return out.toString();
    }

    private static String fill(String template, Map<String, String> values, boolean html) {
        // Escaping the phrase first is safe: escaping leaves the {placeholders} as they are.
        String out = html ? escape(template) : template;
        for (Map.Entry<String, String> v : values.entrySet()) {
            out = out.replace("{" + v.getKey() + "}", html ? escape(v.getValue()) : v.getValue());
        }
        return out;
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
