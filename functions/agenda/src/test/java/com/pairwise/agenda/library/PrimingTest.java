package com.pairwise.agenda.library;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pairwise.agenda.domain.AgendaFixture;
import org.junit.jupiter.api.Test;

class PrimingTest {
    @Test
    void primingWritesAnInvitePerBundledLanguage() {
        // Three invites of a few kilobytes each: the generator and the writer really ran for every language.
        assertTrue(Priming.run(AgendaFixture.CONTENT) > 3 * 1500);
    }
}
