package dev.aivoice.camel.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import dev.aivoice.camel.AiVoiceValidationException;
import dev.aivoice.camel.AiVoiceValidationException.Violation;

/**
 * Collects the failures of independent field checks of one request, so that all of them are reported at once:
 * run each check through {@link #check}, then {@link #throwIfAny()}. One failure is thrown as it was; several
 * become one {@link AiVoiceValidationException} whose {@code getViolations()} lists them all.
 */
public final class Violations {

    private static final String REQUEST = " request: ";

    private final List<AiVoiceValidationException> failures = new ArrayList<>();

    /** The check's result, or null when it failed (the failure is kept). */
    public <T> T check(Supplier<T> check) {
        try {
            return check.get();
        } catch (AiVoiceValidationException failure) {
            failures.add(failure);
            return null;
        }
    }

    /** A check without a result. */
    public void run(Runnable check) {
        check(() -> {
            check.run();
            return null;
        });
    }

    public boolean isEmpty() {
        return failures.isEmpty();
    }

    public void throwIfAny() {
        if (failures.isEmpty()) {
            return;
        }
        AiVoiceValidationException first = failures.get(0);
        if (failures.size() == 1) {
            throw first;
        }
        // "Invalid ringly call/create request: " once, then each field's problem
        String firstMessage = first.getMessage();
        int end = firstMessage.indexOf(REQUEST) < 0 ? 0 : firstMessage.indexOf(REQUEST) + REQUEST.length();
        String prefix = firstMessage.substring(0, end);
        List<Violation> all = new ArrayList<>();
        StringBuilder message = new StringBuilder(prefix).append(failures.size()).append(" invalid fields: ");
        for (int i = 0; i < failures.size(); i++) {
            AiVoiceValidationException failure = failures.get(i);
            all.addAll(failure.getViolations());
            String text = failure.getMessage();
            message.append(i == 0 ? "" : "; ").append(text.startsWith(prefix) ? text.substring(prefix.length()) : text);
        }
        throw new AiVoiceValidationException(all, message.toString(), first.getError());
    }
}
