package com.pairwise.reminders.domain;

import java.util.List;
import java.util.function.Consumer;

/** The programs a weekly digest is written for: those running (open or recruiting), with their coordinators. */
public interface DigestPrograms {

    void forEach(Consumer<DigestProgram> each);

    record DigestProgram(String id, String name, List<String> coordinators) {
        public DigestProgram {
            coordinators = List.copyOf(coordinators);
        }
    }
}
