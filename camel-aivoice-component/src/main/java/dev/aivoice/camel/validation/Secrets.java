package dev.aivoice.camel.validation;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.aivoice.camel.AiVoiceException;

/**
 * The secrets of one endpoint (API key, webhook token, ...) and the two things done with them: configured values
 * are cleaned once ({@link #clean}), and any text or exception chain about to leave the component is redacted
 * ({@link #redact}, {@link #scrub}). Redaction covers the exact value and any prefix of it of at least
 * {@link #MIN_PREFIX} characters (a parser that stops reading a token part-way still quotes its start).
 */
public final class Secrets {

    /**
     * Shorter fragments of a secret are too common in ordinary text to be told apart from it (a key starting with
     * {@code ringly-} would otherwise mask the provider's name in every message).
     */
    public static final int MIN_PREFIX = 8;
    /** A secret shorter than this is only masked where it appears whole. */
    static final int MIN_SECRET = 4;
    static final String MASK = "***";
    private static final byte MASKED = 1;
    private static final byte MATCH_START = 2;

    private static final Secrets NONE = new Secrets(List.of());

    private final List<String> values;

    private Secrets(List<String> values) {
        this.values = values;
    }

    /** The secrets to mask; nulls and values too short to mask are left out. */
    public static Secrets of(String... secrets) {
        List<String> kept = new ArrayList<>();
        for (String secret : secrets) {
            if (secret != null && secret.strip().length() >= MIN_SECRET) {
                kept.add(secret);
                if (!secret.strip().equals(secret)) {
                    kept.add(secret.strip());
                }
            }
        }
        return kept.isEmpty() ? NONE : new Secrets(List.copyOf(kept));
    }

    public static Secrets none() {
        return NONE;
    }

    /**
     * A secret as configured, without the surrounding whitespace a file or a Kubernetes secret adds (a trailing
     * newline, most often). A control character left inside, or one beyond ISO-8859-1, is refused: it cannot go
     * into an HTTP header, and the JDK's complaint about it would quote the value. The message names the option,
     * never the value.
     *
     * @return the stripped value; null stays null
     */
    public static String clean(String option, String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                throw new IllegalArgumentException("The option " + option + " contains a control character (at"
                                                   + " position " + (i + 1) + " of " + stripped.length() + "): a"
                                                   + " secret must be printable text (value not shown)");
            }
            if (c > 0xFF) {
                throw new IllegalArgumentException("The option " + option + " contains a character that cannot be"
                                                   + " sent in an HTTP header (at position " + (i + 1) + " of "
                                                   + stripped.length() + "): a secret must be ISO-8859-1 text"
                                                   + " (value not shown)");
            }
        }
        return stripped;
    }

    /**
     * The text with every secret, and every prefix of one of at least {@link #MIN_PREFIX} characters, masked. Every
     * secret is looked for in the original text (not in text another secret already masked), so the result does not
     * depend on their order: an old key's prefix inside a new key cannot leave the rest of the new key visible.
     */
    public String redact(String text) {
        if (text == null || values.isEmpty()) {
            return text;
        }
        byte[] marks = null; // per character: 0 kept, MASKED, or MATCH_START (a mask begins there)
        for (String secret : values) {
            int minimum = Math.min(MIN_PREFIX, secret.length());
            String start = secret.substring(0, minimum);
            for (int at = text.indexOf(start); at >= 0; at = text.indexOf(start, at + 1)) {
                int end = at + minimum;
                while (end < text.length() && end - at < secret.length()
                        && text.charAt(end) == secret.charAt(end - at)) {
                    end++;
                }
                if (marks == null) {
                    marks = new byte[text.length()];
                }
                if (marks[at] == 0) {
                    marks[at] = MATCH_START;
                }
                for (int i = at + 1; i < end; i++) {
                    marks[i] = marks[i] == 0 ? MASKED : marks[i];
                }
            }
        }
        return marks == null ? text : masked(text, marks);
    }

    private static String masked(String text, byte[] marks) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (marks[i] == 0) {
                out.append(text.charAt(i));
            } else if (marks[i] == MATCH_START || i == 0 || marks[i - 1] == 0) {
                out.append(MASK);
            }
        }
        return out.toString();
    }

    /** True when the text holds a secret or a prefix of one that {@link #redact} would mask. */
    public boolean appearsIn(String text) {
        return text != null && !Objects.equals(redact(text), text);
    }

    /**
     * The exception itself when no message in its chain (causes and suppressed) shows a secret; otherwise a copy
     * of the chain with every message redacted. The copy keeps each original class name in its message and each
     * stack trace, so the log still says what failed and where.
     */
    public Throwable scrub(Throwable failure) {
        if (failure == null || values.isEmpty() || !leaks(failure, new IdentityHashMap<>())) {
            return failure;
        }
        return copy(failure, new IdentityHashMap<>(), true);
    }

    /** {@link #scrub} for an exception to be thrown on: the same exception, or its redacted copy. */
    public Exception scrub(Exception failure) {
        Throwable scrubbed = scrub((Throwable) failure);
        return scrubbed instanceof Exception exception ? exception : failure;
    }

    private boolean leaks(Throwable t, Map<Throwable, Boolean> seen) {
        if (t == null || seen.put(t, Boolean.TRUE) != null) {
            return false;
        }
        if (appearsIn(t.getMessage()) || appearsIn(t.getLocalizedMessage()) || appearsIn(t.toString())) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (leaks(suppressed, seen)) {
                return true;
            }
        }
        return leaks(t.getCause(), seen);
    }

    private Throwable copy(Throwable t, Map<Throwable, Throwable> copies, boolean top) {
        Throwable done = copies.get(t);
        if (done != null) {
            return done;
        }
        Throwable cause = t.getCause() == null || t.getCause() == t ? null : copy(t.getCause(), copies, false);
        Throwable copy;
        if (top && t instanceof AiVoiceException mine) {
            // the top of the chain is redacted in place: it keeps its class, what a route's onException matches on
            mine.redact(this::redact, cause);
            copies.put(t, mine);
            return mine;
        } else {
            copy = new RedactedException(t.getClass().getName() + ": " + redact(t.getMessage()), cause);
        }
        copies.put(t, copy);
        copy.setStackTrace(t.getStackTrace());
        for (Throwable suppressed : t.getSuppressed()) {
            copy.addSuppressed(copy(suppressed, copies, false));
        }
        return copy;
    }

    /** Never prints the values. */
    @Override
    public String toString() {
        return "Secrets[" + values.size() + " masked]";
    }

    /** Stands in for an exception whose message showed a secret: its class name and its redacted message. */
    public static final class RedactedException extends Exception {
        RedactedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
