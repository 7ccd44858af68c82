package dev.aivoice.camel.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Checks an {@code Authorization} header against the expected bearer token in constant time: both sides are hashed
 * first, so neither the content nor the length of the token shows in the time a wrong guess takes.
 */
public final class BearerToken {

    private static final String SCHEME = "bearer ";

    private final byte[] expectedDigest;

    public BearerToken(String token) {
        if (token == null || token.isEmpty()) {
            throw new IllegalArgumentException("the bearer token must not be empty");
        }
        this.expectedDigest = sha256(token);
    }

    /** True when the header is {@code Bearer <token>} (scheme in any case) with exactly the expected token. */
    public boolean matches(String authorizationHeader) {
        String presented = "";
        boolean bearer = false;
        if (authorizationHeader != null && authorizationHeader.length() > SCHEME.length()
                && authorizationHeader.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            presented = authorizationHeader.substring(SCHEME.length()).trim();
            bearer = true;
        }
        // always compare, so a missing header costs the same time as a wrong one
        boolean equal = MessageDigest.isEqual(expectedDigest, sha256(presented));
        return bearer && equal;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "BearerToken[***]";
    }
}
