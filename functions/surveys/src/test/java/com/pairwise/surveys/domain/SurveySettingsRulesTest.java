package com.pairwise.surveys.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.pairwise.shared.domain.FieldError;
import com.pairwise.shared.domain.ValidationException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurveySettingsRulesTest {
    private final SurveySettingsRules rules = new SurveySettingsRules(new ShippedTemplates());

    @Test
    void theDefaultsAreValid() {
        rules.check(SurveySettings.defaults());
    }

    @Test
    void badSurveysAreNamedByPosition() {
        SurveySettings bad = new SurveySettings(-1, List.of(
                new SurveyDefinition("ok", "nps", true, Audience.EVERYONE, new Trigger(TriggerEvent.RELATIONSHIP_ENDED, 0, 30)),
                new SurveyDefinition("ok", "bogus", false, Audience.EVERYONE, new Trigger(TriggerEvent.RELATIONSHIP_STARTED, 800, 3)),
                new SurveyDefinition("Bad Id", "nps", false, Audience.EVERYONE, new Trigger(TriggerEvent.RELATIONSHIP_STARTED, 0, null))),
                true, 0);
        ValidationException e = assertThrows(ValidationException.class, () -> rules.check(bad));
        assertEquals(List.of("editWindowHours", "surveys[0].trigger.everyDays", "surveys[1].id", "surveys[1].template",
                "surveys[1].trigger.afterDays", "surveys[1].trigger.everyDays", "surveys[2].id"),
                e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void repeatingSurveysFallDueEveryPeriodAfterTheFirst() {
        Trigger quality = new Trigger(TriggerEvent.RELATIONSHIP_STARTED, 30, 60);
        Instant start = Instant.parse("2026-01-01T09:00:00Z");
        assertEquals(Instant.parse("2026-01-31T09:00:00Z"), quality.dueAt(start, 1));
        assertEquals(Instant.parse("2026-04-01T09:00:00Z"), quality.dueAt(start, 2));
    }
}
