package com.pairwise.reminders.mail;

import com.pairwise.reminders.domain.MailSender;
import com.pairwise.reminders.domain.OutgoingMail;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Local mail: each message becomes an .eml file (multipart/alternative, text and HTML, base64 UTF-8) in a folder
 * that any mail client opens, so nothing sent locally is dropped silently. Written to a temporary name and moved,
 * so a reader never sees half a file.
 */
public final class EmlOutbox implements MailSender {
    private final Path folder;
    private final Clock clock;

    public EmlOutbox(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void send(OutgoingMail mail) {
        String boundary = "pairwise-" + UUID.randomUUID();
        String eml = "From: Pairwise <reminders@pairwise.local>\r\n"
                + "To: " + mail.to() + "\r\n"
                + "Subject: =?UTF-8?B?" + b64(mail.subject()) + "?=\r\n"
                + "Date: " + java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().atZone(java.time.ZoneOffset.UTC)) + "\r\n"
                + "X-Pairwise-Reminder: " + mail.reminderKey() + "\r\n"
                + "List-Unsubscribe: <" + mail.unsubscribeUrl() + ">\r\n"
                + "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n"
                + part(boundary, "text/plain", mail.text())
                + part(boundary, "text/html", mail.html())
                + "--" + boundary + "--\r\n";
        try {
            Files.createDirectories(folder);
            String name = clock.instant().toEpochMilli() + "-" + UUID.randomUUID() + ".eml";
            Path temp = folder.resolve(name + ".tmp");
            Files.writeString(temp, eml, StandardCharsets.UTF_8);
            Files.move(temp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the local outbox " + folder, e);
        }
    }

    /** The .eml files written so far, oldest first. */
    public List<Path> messages() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".eml")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String part(String boundary, String type, String body) {
        return "--" + boundary + "\r\nContent-Type: " + type + "; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)) + "\r\n";
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
