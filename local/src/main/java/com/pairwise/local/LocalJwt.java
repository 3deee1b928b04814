package com.pairwise.local;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The local stand-in for Cognito plus API Gateway's JWT authorizer: issues RS256 ID tokens shaped like Cognito's
 * with the runner's own key, and verifies them (signature, expiry, issuer, audience) as the authorizer would.
 * The key is generated on first use and kept in {@code <data-dir>/local-jwt-key.json}, so tokens printed by
 * {@code token} work against any later {@code serve} that uses the same data folder.
 */
public final class LocalJwt {
    public static final String ISSUER = "pairwise-local";
    public static final String AUDIENCE = "pairwise-local";
    public static final Duration VALIDITY = Duration.ofHours(12);
    public static final String KEY_FILE = "local-jwt-key.json";
    public static final String ADMIN_GROUP = "admin";

    private final RSAKey key;
    private final Clock clock;
    private final DefaultJWTProcessor<SecurityContext> processor;

    public LocalJwt(RSAKey key, Clock clock) {
        this.key = key;
        this.clock = clock;
        this.processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                new ImmutableJWKSet<>(new JWKSet(key.toPublicJWK()))));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                AUDIENCE, new JWTClaimsSet.Builder().issuer(ISSUER).build(), Set.of("sub", "exp", "iat")) {
            @Override
            protected Date currentTime() {
                return Date.from(LocalJwt.this.clock.instant());
            }
        };
        claims.setMaxClockSkew(0);
        processor.setJWTClaimsSetVerifier(claims);
    }

    /** A fresh key that is not stored anywhere (tests). */
    public static LocalJwt ephemeral(Clock clock) {
        return new LocalJwt(generate(), clock);
    }

    /** The key in {@code dataDir/local-jwt-key.json}, created there (owner-readable only) when missing. */
    public static LocalJwt loadOrCreate(Path dataDir, Clock clock) {
        Path file = dataDir.resolve(KEY_FILE);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                RSAKey fresh = generate();
                Path temp = Files.createTempFile(dataDir, ".local-jwt-key", ".tmp");
                try {
                    restrict(temp);
                    Files.writeString(temp, fresh.toJSONString(), StandardCharsets.UTF_8);
                    try {
                        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(temp, file);
                    }
                } catch (FileAlreadyExistsException raced) {
                    // another process created it first: use theirs
                } finally {
                    Files.deleteIfExists(temp);
                }
            }
            RSAKey stored = RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
            if (!stored.isPrivate()) {
                throw new IllegalStateException(file + " holds no private key; delete it to get a new one");
            }
            return new LocalJwt(stored, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the local signing key " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException(file + " is not a JWK; delete it to get a new one", e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the user's profile folder is private enough for a local development key
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }

    /** A Cognito-like ID token for {@code userId}, valid for {@link #VALIDITY} from now. */
    public String issue(String userId, boolean admin, String email, String name) {
        return issue(userId, admin, email, name, clock.instant(), VALIDITY);
    }

    public String issue(String userId, boolean admin, String email, String name, Instant issuedAt, Duration validity) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(userId)
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(validity)))
                .claim("token_use", "id")
                .claim("auth_time", issuedAt.getEpochSecond())
                .claim("cognito:username", userId)
                .claim("email", email == null ? defaultEmail(userId) : email)
                .claim("email_verified", true);
        if (name != null) {
            claims.claim("name", name);
        }
        if (admin) {
            claims.claim("cognito:groups", List.of(ADMIN_GROUP));
        }
        return sign(claims.build());
    }

    /** Signs any claims with this runner's key (tests use it for tokens the authorizer must refuse). */
    String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                    .keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    public static String defaultEmail(String userId) {
        return userId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._+-]", "-") + "@example.com";
    }

    /** Why a request was refused, for the {@code www-authenticate} header and the log. */
    public static final class Rejected extends Exception {
        public Rejected(String reason) {
            super(reason);
        }
    }

    /**
     * Checks an {@code Authorization} header value ({@code Bearer <jwt>}; like API Gateway, a bare token is accepted
     * too) and returns the token's claims as in its JSON payload.
     */
    public Map<String, Object> verify(String authorization) throws Rejected {
        if (authorization == null || authorization.isBlank()) {
            throw new Rejected("missing Authorization header");
        }
        String token = authorization.strip();
        if (token.regionMatches(true, 0, "Bearer ", 0, 7)) {
            token = token.substring(7).strip();
        }
        try {
            JWTClaimsSet claims = processor.process(token, null);
            return claims.toJSONObject();
        } catch (ParseException e) {
            throw new Rejected("token is not a JWT");
        } catch (BadJOSEException e) {
            throw new Rejected(e.getMessage());
        } catch (JOSEException e) {
            throw new Rejected("token could not be verified: " + e.getMessage());
        }
    }
}
