package com.pairwise.reminders.domain;

import java.util.Map;

/**
 * The page an unsubscribe link opens. Opening it changes nothing (mail scanners and link previews follow links): it
 * asks, and its button POSTs the same signed token, which is what turns the kind off. Its own wording, so the
 * message catalogue ({@link Phrases}) stays as it is.
 */
public final class UnsubscribePage {
    private static final Map<Language, String[]> WORDS = Map.of(
            Language.EN, new String[] {"Stop these emails?", "You will no longer receive emails of this kind: %s.", "Unsubscribe"},
            Language.ES, new String[] {"¿Dejar de recibir estos correos?", "Ya no recibirás correos de este tipo: %s.", "Darme de baja"},
            Language.FR, new String[] {"Ne plus recevoir ces e-mails ?", "Vous ne recevrez plus d'e-mails de ce type : %s.", "Me désabonner"});
    private static final Map<Language, Map<ReminderKind, String>> KIND_NAMES = Map.of(
            Language.EN, Map.of(ReminderKind.MEETING, "meeting reminders", ReminderKind.INACTIVITY, "nudges to meet again",
                    ReminderKind.MATCH_REQUEST, "reminders of match requests", ReminderKind.MATCH_REQUEST_EXPIRED, "expired requests"),
            Language.ES, Map.of(ReminderKind.MEETING, "recordatorios de reuniones", ReminderKind.INACTIVITY, "avisos para volver a reuniros",
                    ReminderKind.MATCH_REQUEST, "recordatorios de solicitudes", ReminderKind.MATCH_REQUEST_EXPIRED, "solicitudes caducadas"),
            Language.FR, Map.of(ReminderKind.MEETING, "rappels de rencontres", ReminderKind.INACTIVITY, "relances pour se revoir",
                    ReminderKind.MATCH_REQUEST, "rappels de demandes", ReminderKind.MATCH_REQUEST_EXPIRED, "demandes expirées"));

    private UnsubscribePage() {
    }

    /**
     * @param postTarget where the button posts, relative to the page ({@code unsubscribe?token=...}), so the form works
     *                   behind any stage prefix
     */
    public static String confirm(Language lang, ReminderKind kind, String postTarget) {
        String[] w = WORDS.get(lang);
        String kindName = KIND_NAMES.get(lang).getOrDefault(kind, kind.wire().replace('_', ' '));
        return "<!DOCTYPE html><html lang=\"" + lang.code() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"robots\" content=\"noindex\"><title>" + MessageRenderer.escape(w[0]) + "</title></head><body>"
                + "<h1>" + MessageRenderer.escape(w[0]) + "</h1>"
                + "<p>" + MessageRenderer.escape(String.format(w[1], kindName)) + "</p>"
                + "<form method=\"post\" action=\"" + MessageRenderer.escape(postTarget) + "\">"
                + "<button type=\"submit\">" + MessageRenderer.escape(w[2]) + "</button></form></body></html>";
    }
}
