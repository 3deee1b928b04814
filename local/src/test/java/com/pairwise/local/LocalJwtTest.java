package com.pairwise.local;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalJwtTest {
    private static final Instant NOW = Instant.parse("2026-11-23T19:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void issuesCognitoLikeIdTokensThatVerify() throws Exception {
        LocalJwt jwt = LocalJwt.ephemeral(clock);
        String token = jwt.issue("demo-admin", true, "admin@example.org", "Demo Admin");
        SignedJWT parsed = SignedJWT.parse(token);
        assertEquals(JWSAlgorithm.RS256, parsed.getHeader().getAlgorithm());
        assertEquals(List.of("admin"), parsed.getJWTClaimsSet().getStringListClaim("cognito:groups"));
        assertEquals(Duration.ofHours(12).toSeconds(),
                (parsed.getJWTClaimsSet().getExpirationTime().getTime() - parsed.getJWTClaimsSet().getIssueTime().getTime()) / 1000);

        Map<String, Object> claims = jwt.verify("Bearer " + token);
        assertEquals("demo-admin", claims.get("sub"));
        assertEquals("admin@example.org", claims.get("email"));
        assertEquals("Demo Admin", claims.get("name"));
        assertEquals("pairwise-local", claims.get("iss"));
        assertEquals("pairwise-local", claims.get("aud"));
        assertEquals("id", claims.get("token_use"));
        assertEquals(NOW.getEpochSecond(), ((Number) claims.get("iat")).longValue());

        Map<String, Object> plain = jwt.verify(jwt.issue("demo-mentee-1", false, null, null));
        assertFalse(plain.containsKey("cognito:groups"), "Cognito omits the claim for users in no group");
        assertEquals("demo-mentee-1@example.com", plain.get("email"));
    }

    @Test
    void refusesMissingMalformedExpiredAndForeignTokens() {
        LocalJwt jwt = LocalJwt.ephemeral(clock);
        assertThrows(LocalJwt.Rejected.class, () -> jwt.verify(null));
        assertThrows(LocalJwt.Rejected.class, () -> jwt.verify("Bearer "));
        assertThrows(LocalJwt.Rejected.class, () -> jwt.verify("Bearer not.a.jwt"));

        String expired = jwt.issue("u", false, null, null, NOW.minus(Duration.ofHours(13)), LocalJwt.VALIDITY);
        LocalJwt.Rejected e = assertThrows(LocalJwt.Rejected.class, () -> jwt.verify("Bearer " + expired));
        assertTrue(e.getMessage().toLowerCase().contains("expired"), e.getMessage());

        String foreign = LocalJwt.ephemeral(clock).issue("u", true, null, null);
        assertThrows(LocalJwt.Rejected.class, () -> jwt.verify("Bearer " + foreign));

        String tampered = jwt.issue("u", false, null, null);
        String[] parts = tampered.split("\\.");
        String otherPayload = jwt.issue("someone-else", true, null, null).split("\\.")[1];
        assertThrows(LocalJwt.Rejected.class, () -> jwt.verify(parts[0] + "." + otherPayload + "." + parts[2]));
    }

    @Test
    void refusesWrongIssuerAudienceAndMissingExpiry() {
        LocalJwt jwt = LocalJwt.ephemeral(clock);
        java.util.Date iat = java.util.Date.from(NOW);
        java.util.Date exp = java.util.Date.from(NOW.plusSeconds(3600));
        com.nimbusds.jwt.JWTClaimsSet good = new com.nimbusds.jwt.JWTClaimsSet.Builder().subject("u").issuer(LocalJwt.ISSUER)
                .audience(LocalJwt.AUDIENCE).issueTime(iat).expirationTime(exp).build();
        assertDoesNotThrow(() -> jwt.verify(jwt.sign(good)));
        for (com.nimbusds.jwt.JWTClaimsSet bad : List.of(
                new com.nimbusds.jwt.JWTClaimsSet.Builder(good).issuer("https://cognito-idp.eu-west-1.amazonaws.com/x").build(),
                new com.nimbusds.jwt.JWTClaimsSet.Builder(good).audience("some-other-client").build(),
                new com.nimbusds.jwt.JWTClaimsSet.Builder(good).expirationTime(null).build(),
                new com.nimbusds.jwt.JWTClaimsSet.Builder(good).notBeforeTime(java.util.Date.from(NOW.plusSeconds(60))).build())) {
            assertThrows(LocalJwt.Rejected.class, () -> jwt.verify("Bearer " + jwt.sign(bad)), bad.toString());
        }
    }

    @Test
    void keyIsCreatedOnceInTheDataDirAndReused(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        LocalJwt first = LocalJwt.loadOrCreate(data, clock);
        Path file = data.resolve(LocalJwt.KEY_FILE);
        assertTrue(Files.isRegularFile(file));
        try {
            assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE), Files.getPosixFilePermissions(file));
        } catch (UnsupportedOperationException notPosix) {
            // Windows
        }
        LocalJwt second = LocalJwt.loadOrCreate(data, clock);
        assertEquals("u", second.verify("Bearer " + first.issue("u", false, null, null)).get("sub"));
        try (var files = Files.list(data)) {
            assertEquals(1, files.count(), "no temporary files left behind");
        }
    }
}
