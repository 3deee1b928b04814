package com.pairwise.reminders.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

/** The body of a weekly digest in the coordinator's language, from the facts {@link WeeklyDigest} stored. */
final class DigestSummary {
    private static final Map<Language, String[]> WORDS = Map.of(
            Language.EN, new String[] {
                "Relationships with no meeting held or booked for {days} days or more:", "None.", "{names}: last activity {date}",
                "People still waiting for a match:", "Nobody.", "{name}: on the waiting list for {n} days",
                "{name}: not matched by the last run, waiting for {n} days", "... and more."},
            Language.ES, new String[] {
                "Relaciones sin reuniones celebradas ni programadas desde hace {days} días o más:", "Ninguna.",
                "{names}: última actividad el {date}", "Personas que aún esperan pareja:", "Nadie.",
                "{name}: en lista de espera desde hace {n} días", "{name}: sin pareja tras el último emparejamiento, espera desde hace {n} días",
                "... y más."},
            Language.FR, new String[] {
                "Relations sans rencontre tenue ni prévue depuis {days} jours ou plus :", "Aucune.",
                "{names} : dernière activité le {date}", "Personnes qui attendent encore une mise en relation :", "Personne.",
                "{name} : sur liste d'attente depuis {n} jours", "{name} : non apparié(e) au dernier appariement, attend depuis {n} jours",
                "... et d'autres."});

    private DigestSummary() {
    }

    static String write(Language lang, Map<String, String> facts, ZoneId zone) {
        String[] w = WORDS.get(lang);
        Instant asOf = Instant.parse(facts.getOrDefault("asOf", Instant.EPOCH.toString()));
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.forLanguageTag(lang.code()));
        StringBuilder out = new StringBuilder(w[0].replace("{days}", facts.getOrDefault("days", ""))).append('\n');
        String inactive = facts.getOrDefault("inactive", "");
        if (inactive.isEmpty()) {
            out.append(w[1]).append('\n');
        }
        for (String line : inactive.isEmpty() ? new String[0] : inactive.split("\n")) {
            String[] p = line.split("\t");
            out.append("- ").append(w[2].replace("{names}", p[0]).replace("{date}", date.format(Instant.parse(p[1]).atZone(zone)))).append('\n');
        }
        if (Boolean.parseBoolean(facts.get("inactiveMore"))) {
            out.append(w[7]).append('\n');
        }
        out.append('\n').append(w[3]).append('\n');
        String waiting = facts.getOrDefault("waiting", "");
        if (waiting.isEmpty()) {
            out.append(w[4]).append('\n');
        }
        for (String line : waiting.isEmpty() ? new String[0] : waiting.split("\n")) {
            String[] p = line.split("\t");
            long days = Math.max(0, Duration.between(Instant.parse(p[2]), asOf).toDays());
            String template = "waitlisted".equals(p[1]) ? w[5] : w[6];
            out.append("- ").append(template.replace("{name}", p[0]).replace("{n}", Long.toString(days))).append('\n');
        }
        if (Boolean.parseBoolean(facts.get("waitingMore"))) {
            out.append(w[7]).append('\n');
        }
        return out.toString().strip();
    }
}
