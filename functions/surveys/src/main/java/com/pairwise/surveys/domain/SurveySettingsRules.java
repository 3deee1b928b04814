package com.pairwise.surveys.domain;

import com.pairwise.shared.domain.FieldError;
import com.pairwise.shared.domain.ValidationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules a program's survey settings must keep, beyond field types (which the API checks). */
public final class SurveySettingsRules {
    public static final int MAX_SURVEYS = 20;
    public static final int MAX_EDIT_WINDOW_HOURS = 24 * 30;
    public static final int MAX_AFTER_DAYS = 730;
    public static final int MIN_EVERY_DAYS = 7;
    public static final int MAX_EVERY_DAYS = 365;
    /** Survey ids become parts of keys and counter names: short, lower case, no separators. */
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private final ShippedTemplates templates;

    public SurveySettingsRules(ShippedTemplates templates) {
        this.templates = templates;
    }

    public void check(SurveySettings settings) {
        List<FieldError> errors = new ArrayList<>();
        if (settings.editWindowHours() < 0 || settings.editWindowHours() > MAX_EDIT_WINDOW_HOURS) {
            errors.add(new FieldError("editWindowHours", "must be from 0 to " + MAX_EDIT_WINDOW_HOURS));
        }
        if (settings.surveys().size() > MAX_SURVEYS) {
            errors.add(new FieldError("surveys", "must have at most " + MAX_SURVEYS + " surveys"));
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < settings.surveys().size(); i++) {
            SurveyDefinition s = settings.surveys().get(i);
            String at = "surveys[" + i + "].";
            if (!ID.matcher(s.id()).matches()) {
                errors.add(new FieldError(at + "id", "must be 1 to 40 lower-case letters, digits or dashes"));
            } else if (!ids.add(s.id())) {
                errors.add(new FieldError(at + "id", "'" + s.id() + "' is used by another survey of this program"));
            }
            if (templates.get(s.template()).isEmpty()) {
                errors.add(new FieldError(at + "template", "must be one of " + templates.all().stream().map(SurveyTemplate::id).toList()));
            }
            Trigger t = s.trigger();
            if (t.afterDays() < 0 || t.afterDays() > MAX_AFTER_DAYS) {
                errors.add(new FieldError(at + "trigger.afterDays", "must be from 0 to " + MAX_AFTER_DAYS));
            }
            if (t.everyDays() != null) {
                if (t.on() != TriggerEvent.RELATIONSHIP_STARTED) {
                    errors.add(new FieldError(at + "trigger.everyDays", "only repeats surveys triggered by relationship_started"));
                } else if (t.everyDays() < MIN_EVERY_DAYS || t.everyDays() > MAX_EVERY_DAYS) {
                    errors.add(new FieldError(at + "trigger.everyDays", "must be from " + MIN_EVERY_DAYS + " to " + MAX_EVERY_DAYS));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
