package com.pairwise.agenda.template;

import com.pairwise.shared.domain.FieldError;
import com.pairwise.shared.domain.ValidationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes a template usable: every session has a title, a purpose and at least one prompt, links are absolute
 * http(s) URLs, only known placeholders are used, and translations mirror the base sessions key for key.
 * Errors name the field by path, e.g. {@code sessions[2].prompts[0]}.
 */
public final class TemplateRules {
    public static final int MAX_SESSIONS = 30;
    public static final int MAX_TRANSLATIONS = 20;
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    private TemplateRules() {
    }

    public static void check(AgendaTemplate template) {
        List<FieldError> errors = errors(template);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    public static List<FieldError> errors(AgendaTemplate template) {
        List<FieldError> errors = new ArrayList<>();
        language(template.language(), "language", errors);
        sessions(template.sessions(), "sessions", errors);
        Set<String> seen = new HashSet<>();
        seen.add(template.language());
        for (int t = 0; t < template.translations().size(); t++) {
            Translation translation = template.translations().get(t);
            String path = "translations[" + t + "]";
            if (language(translation.language(), path + ".language", errors) && !seen.add(translation.language())) {
                errors.add(new FieldError(path + ".language", "'" + translation.language() + "' appears twice"));
            }
            sessions(translation.sessions(), path + ".sessions", errors);
            mirror(template.sessions(), translation.sessions(), path + ".sessions", errors);
        }
        return errors;
    }

    private static boolean language(String lang, String path, List<FieldError> errors) {
        if (lang == null || !LANGUAGE.matcher(lang).matches()) {
            errors.add(new FieldError(path, "must be an ISO 639-1 code such as en"));
            return false;
        }
        return true;
    }

    private static void sessions(List<Session> sessions, String path, List<FieldError> errors) {
        if (sessions.isEmpty()) {
            errors.add(new FieldError(path, "must have at least one session"));
            return;
        }
        if (sessions.size() > MAX_SESSIONS) {
            errors.add(new FieldError(path, "must have at most " + MAX_SESSIONS + " sessions"));
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < sessions.size(); i++) {
            session(sessions.get(i), path + "[" + i + "]", keys, errors);
        }
    }

    private static void session(Session s, String path, Set<String> keys, List<FieldError> errors) {
        if (s.key() == null || !KEY.matcher(s.key()).matches()) {
            errors.add(new FieldError(path + ".key", "must be 1-40 lower-case letters, digits or dashes"));
        } else if (!keys.add(s.key())) {
            errors.add(new FieldError(path + ".key", "'" + s.key() + "' is used by another session"));
        }
        if (s.afterMeetings() < 0) {
            errors.add(new FieldError(path + ".afterMeetings", "must not be negative"));
        }
        if (s.afterWeeks() < 0) {
            errors.add(new FieldError(path + ".afterWeeks", "must not be negative"));
        }
        text(s.title(), path + ".title", errors);
        text(s.purpose(), path + ".purpose", errors);
        if (s.prompts().isEmpty()) {
            errors.add(new FieldError(path + ".prompts", "must have at least one prompt: a session without prompts is empty"));
        }
        texts(s.prompts(), path + ".prompts", errors);
        texts(s.mentorPreparation(), path + ".mentorPreparation", errors);
        texts(s.menteePreparation(), path + ".menteePreparation", errors);
        for (int r = 0; r < s.resources().size(); r++) {
            Resource resource = s.resources().get(r);
            String at = path + ".resources[" + r + "]";
            text(resource.title(), at + ".title", errors);
            if (!isWebLink(resource.url())) {
                errors.add(new FieldError(at + ".url", "must be an absolute http or https URL"));
            }
        }
    }

    private static void mirror(List<Session> base, List<Session> translated, String path, List<FieldError> errors) {
        if (translated.isEmpty()) {
            return;
        }
        if (translated.size() != base.size()) {
            errors.add(new FieldError(path, "must have " + base.size() + " sessions, one per session of the template"));
            return;
        }
        for (int i = 0; i < base.size(); i++) {
            String expected = base.get(i).key();
            if (expected != null && !expected.equals(translated.get(i).key())) {
                errors.add(new FieldError(path + "[" + i + "].key", "must be '" + expected + "' to translate sessions[" + i + "]"));
            }
        }
    }

    private static void texts(List<String> texts, String path, List<FieldError> errors) {
        for (int i = 0; i < texts.size(); i++) {
            text(texts.get(i), path + "[" + i + "]", errors);
        }
    }

    private static void text(String text, String path, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(path, "must not be blank"));
            return;
        }
        List<String> unknown = Placeholders.unknown(text);
        if (!unknown.isEmpty()) {
            errors.add(new FieldError(path, "uses unknown placeholder {" + unknown.get(0) + "}; known are "
                    + new java.util.TreeSet<>(Placeholders.KNOWN)));
        }
    }

    /** True for an absolute http or https URL with a host. */
    public static boolean isWebLink(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return uri.isAbsolute() && (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
