package com.pairwise.agenda.domain;

import com.pairwise.agenda.template.AgendaTemplate;
import com.pairwise.agenda.template.Placeholders;
import com.pairwise.agenda.template.Session;
import com.pairwise.shared.model.ProgramFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes agendas from the program's template: picks the session that fits the pair's history and fits it to the pair
 * (names, goals, skills to develop, format, meeting length, open action items). No randomness and no clock, so the
 * same request always gives the same agenda.
 */
public final class TemplateAgendaSource implements AgendaSource {
    public static final String SOURCE = "template";
    /** Roughly how long one discussion prompt takes; fewer prompts fit a shorter meeting. */
    private static final int MINUTES_PER_PROMPT = 5;
    private static final int MAX_SKILL_POINTS = 3;

    private final ContentLibrary content;

    public TemplateAgendaSource(ContentLibrary content) {
        this.content = content;
    }

    @Override
    public Agenda generate(AgendaRequest request, String language) {
        AgendaTemplate template = request.template();
        int index = SessionChooser.choose(template.sessions(), request.meetingsHeld(), request.coveredSessions(),
                request.startedAt(), request.meetingStart());
        Session session = template.sessionsIn(language).orElse(template.sessions()).get(index);
        Phrases phrases = content.phrasesIn(language);
        Participant lead = request.participants().get(0);
        List<Participant> others = request.participants().subList(1, request.participants().size());
        Map<String, String> values = new HashMap<>();
        values.put("mentor", lead.name());
        values.put("mentee", names(others));
        values.put("minutes", Integer.toString(request.meetingMinutes()));
        values.put("goals", request.goals().isEmpty() ? phrases.get("goals.none") : String.join("; ", request.goals()));

        List<String> skillPoints = skillPoints(request, index, phrases, language);
        boolean hasActions = !request.openActionItems().isEmpty();
        ProgramFormat format = request.format();
        int[] weights = {1, hasActions ? 1 : 0, format == ProgramFormat.GROUP ? 5 : 4, 1, skillPoints.isEmpty() ? 0 : 1, 1};
        int[] minutes = share(request.meetingMinutes(), weights, 2);

        List<AgendaItem> items = new ArrayList<>();
        items.add(new AgendaItem(phrases.get("item.checkIn"), minutes[0], List.of(phrases.get("point.checkIn"))));
        if (hasActions) {
            items.add(new AgendaItem(phrases.get("item.actionItems"), minutes[1], actionPoints(request, phrases)));
        }
        int promptCount = Math.max(1, Math.min(session.prompts().size(), minutes[2] / MINUTES_PER_PROMPT));
        items.add(new AgendaItem(fill(session.title(), values), minutes[2],
                fill(session.prompts().subList(0, promptCount), values)));
        items.add(new AgendaItem(phrases.get("item.goals"), minutes[3], goalPoints(request, phrases)));
        if (!skillPoints.isEmpty()) {
            items.add(new AgendaItem(phrases.get("item.skills"), minutes[4], skillPoints));
        }
        items.add(new AgendaItem(phrases.get("item.wrapUp"), minutes[5],
                List.of(phrases.get("point.wrapUpActions"), phrases.get("point.wrapUpNext"))));

        List<String> mentorPrep = fill(session.mentorPreparation(), values);
        List<String> menteePrep = new ArrayList<>(fill(session.menteePreparation(), values));
        String facilitator = "mentor";
        String note;
        switch (format) {
            case PEER -> {
                facilitator = "everyone";
                note = phrases.get("note.peer", values);
                Set<String> both = new LinkedHashSet<>(mentorPrep);
                both.addAll(menteePrep);
                mentorPrep = List.copyOf(both);
                menteePrep = List.copyOf(both);
            }
            case REVERSE -> {
                facilitator = "mentee";
                note = phrases.get("note.reverse", values);
                menteePrep.add(phrases.get("prep.reverseMentee", values));
            }
            case GROUP -> {
                Map<String, String> group = new HashMap<>(values);
                group.put("each", Integer.toString(Math.max(1, minutes[2] / Math.max(1, others.size()))));
                note = phrases.get("note.group", group);
                menteePrep.add(phrases.get("prep.groupMentee", values));
            }
            default -> note = phrases.get("note.oneToOne", values);
        }
        return new Agenda(language, session.key(), fill(session.title(), values), fill(session.purpose(), values), facilitator,
                request.meetingMinutes(), List.of(note), items, mentorPrep, menteePrep, session.resources(), SOURCE);
    }

    private List<String> actionPoints(AgendaRequest request, Phrases phrases) {
        List<String> points = new ArrayList<>();
        for (ActionItem item : request.openActionItems()) {
            String owner = request.participants().stream().filter(p -> p.userId().equals(item.ownerId()))
                    .map(Participant::name).findFirst().orElse(null);
            points.add(owner == null ? phrases.get("point.actionItemShared", Map.of("text", item.text()))
                    : phrases.get("point.actionItem", Map.of("text", item.text(), "owner", owner)));
        }
        return points;
    }

    private static List<String> goalPoints(AgendaRequest request, Phrases phrases) {
        if (request.goals().isEmpty()) {
            return List.of(phrases.get("point.noGoals"));
        }
        return request.goals().stream().map(g -> phrases.get("point.goal", Map.of("goal", g))).toList();
    }

    /**
     * Up to three prompts for skills the learners want to develop, from the prompt library when it knows the skill;
     * the prompt rotates with the session so consecutive meetings ask different questions.
     */
    private List<String> skillPoints(AgendaRequest request, int sessionIndex, Phrases phrases, String language) {
        List<Participant> learners = request.format() == ProgramFormat.PEER || request.format() == ProgramFormat.REVERSE
                ? request.participants() : request.participants().subList(1, request.participants().size());
        boolean named = learners.size() > 1;
        Set<String> seen = new LinkedHashSet<>();
        List<String> points = new ArrayList<>();
        for (Participant learner : learners) {
            for (String skill : learner.skillsToDevelop()) {
                if (points.size() == MAX_SKILL_POINTS) {
                    return points;
                }
                String prompt = content.skill(skill)
                        .map(s -> s.promptsIn(language))
                        .filter(p -> !p.isEmpty())
                        .map(p -> p.get(sessionIndex % p.size()))
                        .orElseGet(() -> phrases.get("point.skillGeneric", Map.of("skill", skill)));
                if (seen.add(learner.userId() + "|" + prompt)) {
                    points.add(skill + (named ? " (" + learner.name() + ")" : "") + ": " + prompt);
                }
            }
        }
        return points;
    }

    /**
     * Splits {@code total} minutes by weight (zero weight, zero minutes); the item at {@code main} takes what
     * rounding leaves, so the parts always add up to the meeting length.
     */
    static int[] share(int total, int[] weights, int main) {
        int sum = 0;
        for (int w : weights) {
            sum += w;
        }
        int[] out = new int[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            if (i != main) {
                out[i] = weights[i] == 0 ? 0 : Math.max(1, total * weights[i] / sum);
                given += out[i];
            }
        }
        out[main] = total - given;
        return out;
    }

    private static String names(List<Participant> people) {
        return String.join(", ", people.stream().map(Participant::name).toList());
    }

    private static String fill(String text, Map<String, String> values) {
        return Placeholders.fill(text, values);
    }

    private static List<String> fill(List<String> texts, Map<String, String> values) {
        return texts.stream().map(t -> Placeholders.fill(t, values)).toList();
    }
}
