package com.pairwise.agenda.domain;

import static com.pairwise.agenda.domain.AgendaFixture.CONTENT;
import static com.pairwise.agenda.domain.AgendaFixture.mentee;
import static com.pairwise.agenda.domain.AgendaFixture.mentor;
import static com.pairwise.agenda.domain.AgendaFixture.request;
import static com.pairwise.agenda.domain.AgendaFixture.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Role;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemplateAgendaSourceTest {
    private final TemplateAgendaSource source = new TemplateAgendaSource(CONTENT);

    @Test
    void theSameRequestAlwaysGivesTheSameAgenda() {
        assertEquals(source.generateAll(request(2, 4)), new TemplateAgendaSource(CONTENT).generateAll(request(2, 4)));
    }

    @Test
    void aNewPairStartsWithGettingToKnowEachOtherThenGoalSetting() {
        assertEquals("getting-to-know", source.generate(request(0, 0), "en").sessionKey());
        AgendaRequest second = new AgendaRequest(CONTENT.defaultTemplate(), ProgramFormat.ONE_TO_ONE, AgendaFixture.STARTED,
                AgendaFixture.STARTED.plus(Duration.ofDays(10)), 60, 1, Set.of("getting-to-know"), List.of(),
                List.of(mentor(), mentee()), List.of());
        assertEquals("goal-setting", source.generate(second, "en").sessionKey());
    }

    @Test
    void sessionsWaitForTheirTimeButAFastPairIsNotHeldBack() {
        Set<String> covered = Set.of("getting-to-know", "goal-setting", "strengths-and-skills", "across-cultures");
        // 4 held in 8 weeks: feedback (4 meetings, week 7) fits.
        assertEquals("feedback", source.generate(history(4, 8, covered), "en").sessionKey());
        // 4 held in 3 weeks: nothing is due yet, so the next uncovered session comes.
        assertEquals("feedback", source.generate(history(4, 3, covered), "en").sessionKey());
        // Half a year in with only two meetings: still the next uncovered session, not the finale.
        assertEquals("strengths-and-skills",
                source.generate(history(2, 26, Set.of("getting-to-know", "goal-setting")), "en").sessionKey());
    }

    @Test
    void onceEverySessionIsCoveredTheReflectionRepeats() {
        Set<String> all = Set.copyOf(CONTENT.defaultTemplate().sessions().stream().map(s -> s.key()).toList());
        assertEquals("reflection-and-celebration", source.generate(history(9, 30, all), "en").sessionKey());
    }

    @Test
    void theAgendaComesInTheReadersLanguageWithTheSameSession() {
        AgendaRequest r = history(1, 2, Set.of("getting-to-know"));
        Agenda en = source.generate(r, "en");
        Agenda es = source.generate(r, "es");
        Agenda fr = source.generate(r, "fr");
        assertEquals(en.sessionKey(), es.sessionKey());
        assertEquals("Definir objetivos", es.title());
        assertEquals("Définir des objectifs", fr.title());
        assertEquals("Puesta al día", es.items().get(0).title());
        assertEquals(CONTENT.defaultTemplate().languageFor(List.of("de", "fr", "es")), "fr");
        assertEquals(CONTENT.defaultTemplate().languageFor(List.of("de", "ja")), "en");
    }

    @Test
    void promptsArePersonalisedWithNamesGoalsAndSkills() {
        Agenda agenda = source.generate(request(1, 2), "en");
        String text = agenda.toString();
        assertFalse(text.contains("{mentee}") || text.contains("{goals}") || text.contains("{mentor}"), text);
        assertTrue(text.contains("Ben Okafor"), text);
        assertTrue(text.contains("Lead a cross-team project"), text);
        AgendaItem skills = item(agenda, "Skills to develop");
        assertEquals(1, skills.points().size());
        assertTrue(skills.points().get(0).startsWith("public speaking: "), skills.points().toString());
        String prompt = skills.points().get(0).substring("public speaking: ".length());
        assertTrue(CONTENT.skill("public speaking").orElseThrow().promptsIn("en").contains(prompt));
    }

    @Test
    void anUnknownSkillGetsAGenericPromptAndSkillsInOtherWordsAreRecognised() {
        AgendaRequest r = with(request(1, 2), ProgramFormat.ONE_TO_ONE, List.of(mentor(), mentee("underwater welding", "Time management")));
        List<String> points = item(source.generate(r, "en"), "Skills to develop").points();
        assertTrue(points.get(0).contains("What would progress in underwater welding look like"), points.toString());
        assertTrue(CONTENT.skill("Time management").orElseThrow().id().equals("time-management"));
        assertTrue(CONTENT.skill("hablar en público").orElseThrow().id().equals("public-speaking"));
    }

    @Test
    void openActionItemsAreCarriedOntoTheAgendaWithTheirOwner() {
        AgendaRequest base = request(2, 3);
        AgendaRequest r = new AgendaRequest(base.template(), base.format(), base.startedAt(), base.meetingStart(), 60, 2,
                Set.of("getting-to-know", "goal-setting"), base.goals(), base.participants(),
                List.of(new ActionItem("a1", "Draft the project pitch", "u-mentee", false), new ActionItem("a2", "Book a room", null, false)));
        AgendaItem actions = item(source.generate(r, "en"), "Action items from earlier meetings");
        assertEquals(List.of("Draft the project pitch (Ben Okafor): done, in progress or blocked?", "Book a room: done, in progress or blocked?"),
                actions.points());
        assertFalse(source.generate(base, "en").items().stream().anyMatch(i -> i.title().startsWith("Action items")));
    }

    @Test
    void itemMinutesAddUpToTheMeetingAndShortMeetingsGetFewerPrompts() {
        for (int minutes : List.of(15, 30, 45, 60, 90, 120)) {
            AgendaRequest base = request(0, 0);
            AgendaRequest r = new AgendaRequest(base.template(), base.format(), base.startedAt(), base.meetingStart(), minutes,
                    0, Set.of(), base.goals(), base.participants(), base.openActionItems());
            Agenda agenda = source.generate(r, "en");
            assertEquals(minutes, agenda.items().stream().mapToInt(AgendaItem::minutes).sum(), "minutes for " + minutes);
            assertTrue(agenda.items().stream().allMatch(i -> i.minutes() > 0));
        }
        int shortPrompts = promptsFor(30);
        int longPrompts = promptsFor(90);
        assertTrue(shortPrompts < longPrompts, shortPrompts + " vs " + longPrompts);
    }

    @Test
    void reverseMentoringIsLedByTheMentee() {
        Agenda agenda = source.generate(with(request(1, 2), ProgramFormat.REVERSE, List.of(mentor(), mentee())), "en");
        assertEquals("mentee", agenda.facilitator());
        assertTrue(agenda.notes().get(0).startsWith("Reverse mentoring: Ben Okafor leads this session"), agenda.notes().toString());
        assertTrue(agenda.menteePreparation().get(agenda.menteePreparation().size() - 1).startsWith("You lead this session"));
    }

    @Test
    void peersShareTheTimeAndTheSamePreparation() {
        Participant a = new Participant("p1", Role.PEER, "Chloé Martin", null, List.of("fr"), "Europe/Paris", List.of("negotiation"));
        Participant b = new Participant("p2", Role.PEER, "Dev Patel", null, List.of("en"), "Asia/Kolkata", List.of("leadership"));
        Agenda agenda = source.generate(with(request(1, 2), ProgramFormat.PEER, List.of(a, b)), "en");
        assertEquals("everyone", agenda.facilitator());
        assertEquals(agenda.mentorPreparation(), agenda.menteePreparation());
        List<String> skills = item(agenda, "Skills to develop").points();
        assertEquals(2, skills.size(), "both peers develop skills");
        assertTrue(skills.get(0).startsWith("negotiation (Chloé Martin): ") && skills.get(1).startsWith("leadership (Dev Patel): "), skills.toString());
    }

    @Test
    void aGroupSessionSharesTheMainTopicBetweenMembers() {
        Participant c = new Participant("u-c", Role.MENTEE, "Chen Wei", null, List.of("en"), "Asia/Shanghai", List.of());
        Participant d = new Participant("u-d", Role.MENTEE, "Dana Levi", null, List.of("en"), "Asia/Jerusalem", List.of());
        Agenda one = source.generate(request(1, 2), "en");
        Agenda group = source.generate(with(request(1, 2), ProgramFormat.GROUP, List.of(mentor(), mentee(), c, d)), "en");
        assertTrue(group.notes().get(0).startsWith("Group session: go round the group"), group.notes().toString());
        assertTrue(group.toString().contains("Ben Okafor, Chen Wei, Dana Levi"), "{mentee} names every member");
        assertNotEquals(one.items().get(1).minutes(), group.items().get(1).minutes(), "the main topic gets more time in a group");
    }

    private int promptsFor(int minutes) {
        AgendaRequest base = request(0, 0);
        AgendaRequest r = new AgendaRequest(base.template(), base.format(), base.startedAt(), base.meetingStart(), minutes,
                0, Set.of(), base.goals(), base.participants(), base.openActionItems());
        return source.generate(r, "en").items().get(1).points().size();
    }

    private static AgendaRequest history(int held, int weeks, Set<String> covered) {
        AgendaRequest base = request(held, weeks);
        return new AgendaRequest(base.template(), base.format(), base.startedAt(), base.meetingStart(), 60, held, covered,
                base.goals(), base.participants(), base.openActionItems());
    }

    private static AgendaItem item(Agenda agenda, String title) {
        return agenda.items().stream().filter(i -> i.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + title + " in " + agenda.items()));
    }
}
