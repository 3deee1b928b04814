package com.pairwise.matching.domain;

import com.pairwise.matching.engine.Participant;
import com.pairwise.shared.model.Profile;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns registrations into what the engine reads; the engine never sees storage or the shared model. */
public final class Participants {
    private Participants() {
    }

    /** How many mentees a mentor takes at once: their own figure, else the program's default. */
    public static int capacity(Registration mentor, Program program) {
        Integer own = mentor.profile().capacity();
        return own != null && own > 0 ? own : program.settings().defaultMentorCapacity();
    }

    /** @param load the person's current mentees (mentors); ignored for others */
    public static Participant of(Registration r, Program program, int load) {
        Profile p = r.profile();
        int seniority = p.seniority() == null ? -1 : program.settings().seniorityLevels().indexOf(p.seniority());
        return new Participant(r.userId(), p.languages(), p.timeZone(), p.country(), p.region(), p.department(), seniority,
                p.skillsOffered(), p.skillsToDevelop(), p.goals(), p.interests(), null,
                Participant.freeCapacity(capacity(r, program), load));
    }

    public static List<Participant> mentors(List<Registration> mentors, Program program, Map<String, Integer> loads) {
        List<Participant> out = new ArrayList<>(mentors.size());
        mentors.forEach(m -> out.add(of(m, program, loads.getOrDefault(m.userId(), 0))));
        return out;
    }

    public static List<Participant> seekers(List<Registration> people, Program program) {
        List<Participant> out = new ArrayList<>(people.size());
        people.forEach(m -> out.add(of(m, program, 0)));
        return out;
    }
}
