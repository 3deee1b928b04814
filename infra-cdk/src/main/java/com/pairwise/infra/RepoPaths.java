package com.pairwise.infra;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the repository root and well-known files in it. */
public final class RepoPaths {
    private RepoPaths() {
    }

    /** Path of the OpenAPI document, relative to the repository root. */
    public static final String OPENAPI = "docs/openapi.yaml";

    /**
     * Finds the repository root: the nearest directory, starting at {@code start} and walking up, that
     * contains {@code infra-cdk/pom.xml}. The CDK app and the tests run with working directory
     * {@code infra-cdk/}, so this normally returns its parent.
     */
    public static Path findRepoRoot(Path start) {
        Path dir = start.toAbsolutePath().normalize();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("infra-cdk").resolve("pom.xml"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("Cannot find the repository root (a directory containing infra-cdk/pom.xml) "
                + "at or above " + start.toAbsolutePath());
    }

    /** The repository root as seen from the current working directory. */
    public static Path findRepoRoot() {
        return findRepoRoot(Path.of(""));
    }
}
