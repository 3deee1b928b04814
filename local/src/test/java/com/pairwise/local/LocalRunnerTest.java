package com.pairwise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalRunnerTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        return LocalRunner.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void tokenPrintsOnlyATokenTheServerAccepts(@TempDir Path dir) throws Exception {
        assertEquals(0, run("token", "demo-admin", "--admin", "--email", "boss@example.org", "--name", "The Boss",
                "--data-dir", dir.toString()));
        String token = out.toString(StandardCharsets.UTF_8).strip();
        assertTrue(token.matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+"), token);
        Map<String, Object> claims = LocalJwt.loadOrCreate(dir, Clock.systemUTC()).verify("Bearer " + token);
        assertEquals("demo-admin", claims.get("sub"));
        assertEquals("boss@example.org", claims.get("email"));
        assertEquals("The Boss", claims.get("name"));
        assertEquals(java.util.List.of("admin"), claims.get("cognito:groups"));
    }

    @Test
    void badUsageExplainsItself(@TempDir Path dir) throws Exception {
        assertEquals(2, run("token"));
        assertEquals(2, run("token", "a", "b", "--data-dir", dir.toString()));
        assertEquals(2, run("token", "bad/id", "--data-dir", dir.toString()));
        assertEquals(2, run("serve", "--port", "nope"));
        assertEquals(2, run("frobnicate"));
        assertEquals(0, run("--help"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage:"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("token <userId>"));
    }
}
