package com.pairwise.reminders.mail;

import com.pairwise.reminders.domain.DeadLetters;
import com.pairwise.reminders.domain.OutgoingMail;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** Local stand-in for the dead-letter queue: one JSON file per parked mail. */
public final class FolderDeadLetters implements DeadLetters {
    private final Path folder;

    public FolderDeadLetters(Path folder) {
        this.folder = folder;
    }

    @Override
    public void park(OutgoingMail mail, int attempts, String lastError) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(UUID.randomUUID() + ".json"), SqsDeadLetters.body(mail, attempts, lastError), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
