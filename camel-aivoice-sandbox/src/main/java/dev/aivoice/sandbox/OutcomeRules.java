package dev.aivoice.sandbox;

import java.util.ArrayList;
import java.util.List;

/** Decides each dialled number's outcome: the first rule whose suffix the number ends with, else the default. */
final class OutcomeRules {

    private record Rule(String suffix, CallOutcome outcome) {
    }

    private final List<Rule> rules = new ArrayList<>();
    private CallOutcome fallback = CallOutcome.answered();

    void add(String numberSuffix, CallOutcome outcome) {
        rules.add(new Rule(numberSuffix, outcome));
    }

    void fallback(CallOutcome outcome) {
        this.fallback = outcome;
    }

    CallOutcome outcomeFor(String number) {
        for (Rule rule : rules) {
            if (number != null && number.endsWith(rule.suffix())) {
                return rule.outcome();
            }
        }
        return fallback;
    }
}
