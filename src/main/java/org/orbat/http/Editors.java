package org.orbat.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.orbat.OrbatException;

/**
 * Who may correct the knowledge base from the page: an editors file of {@code name:pbkdf2-sha256:iterations:salt:hash}
 * lines (written by {@code orbat editors add}; passwords are never stored), and the sessions of those signed in. A
 * session is a random token the page sends as {@code Authorization: Bearer TOKEN}, kept in memory for eight hours, so a
 * restart signs everyone out and no cookie can be ridden by another site.
 */
public final class Editors {
    static final Duration SESSION = Duration.ofHours(8);
    private static final int ITERATIONS = 210_000;
    private static final String SCHEME = "pbkdf2-sha256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, String> entries;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock;

    private record Session(String editor, Instant expires) {
    }

    Editors(Map<String, String> entries, Clock clock) {
        this.entries = Map.copyOf(entries);
        this.clock = clock;
    }

    /**
     * Reads an editors file.
     *
     * @throws OrbatException naming the file and line of a malformed entry
     */
    public static Editors load(Path file, Clock clock) {
        Map<String, String> entries = new LinkedHashMap<>();
        try {
            int n = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(":");
                if (parts.length != 5 || !SCHEME.equals(parts[1])) {
                    throw new OrbatException(file + ":" + n + ": not an editor entry (name:" + SCHEME + ":iterations:salt:hash)");
                }
                entries.put(parts[0], line);
            }
        } catch (IOException e) {
            throw new OrbatException(file + ": cannot read editors file (" + e.getMessage() + ")", e);
        }
        return new Editors(entries, clock);
    }

    /** The file line for an editor with this password. */
    public static String entry(String name, char[] password) {
        if (name.isBlank() || name.contains(":")) {
            throw new IllegalArgumentException("An editor's name is not blank and has no ':', got '" + name + "'");
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return name + ":" + SCHEME + ":" + ITERATIONS + ":" + Base64.getEncoder().encodeToString(salt) + ":"
            + Base64.getEncoder().encodeToString(derive(password, salt, ITERATIONS));
    }

    /** A new session token if the name and password are an editor's. */
    public Optional<String> signIn(String name, char[] password) {
        String line = entries.get(name);
        if (line == null) {
            // Spend the same time as for a known name, so the answer's timing does not tell which names exist.
            derive(password, new byte[16], ITERATIONS);
            return Optional.empty();
        }
        String[] parts = line.split(":");
        byte[] expected = Base64.getDecoder().decode(parts[4]);
        byte[] actual = derive(password, Base64.getDecoder().decode(parts[3]), Integer.parseInt(parts[2]));
        if (!MessageDigest.isEqual(expected, actual)) {
            return Optional.empty();
        }
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        String t = HexFormat.of().formatHex(token);
        sessions.put(t, new Session(name, clock.instant().plus(SESSION)));
        return Optional.of(t);
    }

    /** The editor a bearer token belongs to, if its session is open. */
    public Optional<String> editorOf(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return Optional.empty();
        }
        Session s = sessions.get(authorization.substring(7).trim());
        if (s == null || s.expires().isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(s.editor());
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password, salt, iterations, 256)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is required by every Java platform", e);
        }
    }
}
