package com.pairwise.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Where the app looks for things in a checkout (no synthesis). */
class RepositoryLayoutTest {

    @Test
    void repoRootIsTheParentOfInfraCdk() {
        Path root = RepoPaths.findRepoRoot();
        assertTrue(Files.isRegularFile(root.resolve("infra-cdk/pom.xml")), root.toString());
        assertEquals(root, RepoPaths.findRepoRoot(root.resolve("infra-cdk/src/main")));
    }

    @Test
    void functionJarsAreUnderFunctionsTarget() {
        Path root = Path.of("/repo");
        assertEquals(Path.of("/repo/functions/signup/target/pairwise-signup.jar"),
                FunctionCodeLocator.repository(root).pathFor("signup"));
    }

    @Test
    void missingJarFailsWithABuildHint() {
        FunctionCodeLocator locator = FunctionCodeLocator.repository(Path.of("/nonexistent-pairwise-repo"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> locator.codeFor("signup"));
        assertTrue(e.getMessage().contains("mvn -pl functions/signup -am package"), e.getMessage());
    }
}
