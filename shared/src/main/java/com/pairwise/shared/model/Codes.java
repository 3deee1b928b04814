package com.pairwise.shared.model;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/** Standard code lists profiles are checked against. */
public final class Codes {
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private Codes() {
    }

    /** ISO 639-1 two-letter language code, lower case. */
    public static boolean isLanguage(String code) {
        return code.length() == 2 && LANGUAGES.contains(code);
    }

    /** ISO 3166-1 alpha-2 country code, upper case. */
    public static boolean isCountry(String code) {
        return COUNTRIES.contains(code);
    }

    /** An IANA time zone name such as {@code America/Sao_Paulo}. */
    public static boolean isTimeZone(String id) {
        return ZONES.contains(id);
    }
}
