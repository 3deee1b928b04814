package com.pairwise.reminders.domain;

import java.util.List;

/** The languages messages are written in; anyone else reads English. */
public enum Language {
    EN, ES, FR;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The first of the person's languages (most preferred first) that messages exist in. */
    public static Language firstSupported(List<String> codes) {
        for (String code : codes) {
            for (Language l : values()) {
                if (l.code().equalsIgnoreCase(code)) {
                    return l;
                }
            }
        }
        return EN;
    }
}
