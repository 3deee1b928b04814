package com.pairwise.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The sample events in the repository's events/ folder, which tests feed to the handlers. */
public final class SampleEvents {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SampleEvents() {
    }

    /** The repository root: modules run their tests two folders below it unless told otherwise. */
    public static Path repoRoot() {
        return Path.of(System.getProperty("pairwise.repoRoot", "../..")).toAbsolutePath().normalize();
    }

    /** events/{@code folder}/{@code name}, parsed, with each placeholder key replaced by its value first. */
    public static ObjectNode read(String folder, String name, Map<String, String> replacements) {
        try {
            String text = Files.readString(repoRoot().resolve("events").resolve(folder).resolve(name));
            for (Map.Entry<String, String> r : replacements.entrySet()) {
                text = text.replace(r.getKey(), r.getValue());
            }
            return (ObjectNode) JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
