package com.pairwise.surveys.domain;

import com.pairwise.shared.domain.Caller;
import com.pairwise.shared.domain.ConflictException;
import com.pairwise.shared.domain.ForbiddenException;
import com.pairwise.shared.domain.Identifiers;
import com.pairwise.shared.domain.NotFoundException;
import com.pairwise.shared.events.DomainEvent;
import com.pairwise.surveys.store.SurveyStore;
import com.pairwise.surveys.store.SurveyStore.AnswerEffects;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A participant's surveys: listing them, answering once, changing a non-anonymous answer inside the edit window. */
public final class Answers {
    public static final int LIST_LIMIT = 100;

    private final ShippedTemplates templates;
    private final ProgramSurveys surveys;
    private final SurveyStore store;
    private final SurveyReminders reminders;
    private final Clock clock;

    public Answers(ShippedTemplates templates, ProgramSurveys surveys, SurveyStore store, SurveyReminders reminders, Clock clock) {
        this.templates = templates;
        this.surveys = surveys;
        this.store = store;
        this.reminders = reminders;
        this.clock = clock;
    }

    /** One of my surveys with my answer, when it is not anonymous and answered. */
    public record Mine(SurveyInstance instance, SurveyTemplate template, Optional<SurveyResponse> response) {
    }

    /** My surveys, newest first; {@code open} null for all, true for unanswered, false for answered. */
    public List<SurveyInstance> mine(Caller caller, Boolean open) {
        return store.byUser(caller.userId(), LIST_LIMIT).stream()
                .filter(i -> open == null || i.isOpen() == open).toList();
    }

    public Mine get(Caller caller, String instanceId) {
        SurveyInstance instance = owned(caller, instanceId);
        Optional<SurveyResponse> response = instance.anonymous() || instance.isOpen()
                ? Optional.empty() : store.response(instance.programId(), instance.id());
        return new Mine(instance, templates.require(instance.templateId()), response);
    }

    /**
     * Answers once; the survey's reminder is withdrawn in the same transaction.
     *
     * @throws ConflictException {@code already-answered}
     */
    public Mine answer(Caller caller, String instanceId, Map<String, AnswerValue> given) {
        SurveyInstance instance = owned(caller, instanceId);
        if (!instance.isOpen()) {
            throw new ConflictException("already-answered", "this survey has been answered already"
                    + (instance.anonymous() ? "" : "; change the answer with PUT inside the program's edit window"));
        }
        SurveyTemplate template = templates.require(instance.templateId());
        Map<String, Answer> answers = AnswerRules.check(template, instance.skills(), given);
        Instant now = clock.instant();
        SurveyResponse response = response(instance, answers, now, now);
        List<DomainEvent> withdrawn = reminders.answered(instance, now);
        store.answer(instance, response, effects(instance, template, answers), withdrawn);
        reminders.publish(withdrawn);
        return new Mine(instance.answered(now), template, instance.anonymous() ? Optional.empty() : Optional.of(response));
    }

    /**
     * @throws ConflictException {@code not-answered}, {@code anonymous}, {@code edit-window-closed}
     */
    public Mine change(Caller caller, String instanceId, Map<String, AnswerValue> given) {
        SurveyInstance instance = owned(caller, instanceId);
        if (instance.anonymous()) {
            throw new ConflictException("anonymous", "anonymous answers keep no link to you, so they cannot be changed");
        }
        SurveyResponse current = instance.isOpen() ? null : store.response(instance.programId(), instance.id()).orElse(null);
        if (current == null) {
            throw new ConflictException("not-answered", "this survey has not been answered yet; answer it with POST");
        }
        int window = surveys.of(instance.programId()).editWindowHours();
        Instant now = clock.instant();
        if (window == 0 || now.isAfter(current.submittedAt().plus(Duration.ofHours(window)))) {
            throw new ConflictException("edit-window-closed", window == 0 ? "this program does not allow changing answers"
                    : "answers can be changed for " + window + " hours after submitting");
        }
        SurveyTemplate template = templates.require(instance.templateId());
        Map<String, Answer> answers = AnswerRules.check(template, instance.skills(), given);
        SurveyResponse next = response(instance, answers, current.submittedAt(), now);
        AnswerEffects before = effects(instance, template, current.answers());
        AnswerEffects after = effects(instance, template, answers);
        Optional<Boolean> flag = after.needsCheckIn().isPresent() ? after.needsCheckIn() : before.needsCheckIn().map(b -> false);
        store.replace(instance, current, next,
                new AnswerEffects(Contribution.difference(before.counters(), after.counters()), flag, after.baseline()));
        return new Mine(instance, template, Optional.of(next));
    }

    private AnswerEffects effects(SurveyInstance instance, SurveyTemplate template, Map<String, Answer> answers) {
        Map<String, Integer> pairedWith = null;
        Map<String, Integer> baseline = null;
        for (Question q : template.questions()) {
            Answer a = answers.get(q.id());
            if (instance.anonymous() || !(a instanceof Answer.Ratings ratings)) {
                continue;
            }
            if (q.metric() == Metric.SKILLS_AFTER) {
                pairedWith = store.skillBaseline(instance.programId(), instance.relationshipId(), instance.userId());
            } else if (q.metric() == Metric.SKILLS_BEFORE) {
                baseline = ratings.bySkill();
            }
        }
        Map<String, Long> counters = Contribution.of(instance.surveyId(), template, answers, pairedWith);
        Optional<Boolean> flag = instance.anonymous() ? Optional.empty() : OnTrackRule.needsCheckIn(template, answers);
        if (flag.orElse(false) && !store.relationship(instance.programId(), instance.relationshipId()).map(TrackedRelationship::isActive).orElse(false)) {
            flag = Optional.empty(); // answered after the end: nothing left to check in on
        }
        return new AnswerEffects(counters, flag, baseline);
    }

    private static SurveyResponse response(SurveyInstance i, Map<String, Answer> answers, Instant submitted, Instant updated) {
        return new SurveyResponse(i.id(), i.programId(), i.surveyId(), i.templateId(), i.relationshipId(), i.userId(), i.role(),
                i.region(), submitted, updated, answers);
    }

    private SurveyInstance owned(Caller caller, String instanceId) {
        SurveyInstance instance = (Identifiers.isValid(instanceId) ? store.instance(instanceId) : Optional.<SurveyInstance>empty())
                .orElseThrow(() -> new NotFoundException("no survey " + instanceId));
        if (!instance.userId().equals(caller.userId())) {
            throw new ForbiddenException("this survey was sent to someone else");
        }
        return instance;
    }
}
