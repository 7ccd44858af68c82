package dev.aivoice.sandbox;

import java.time.Duration;

/** Creates calls: picks each number's outcome, records the call as {@code registered} and hands it to the lifecycle. */
final class Dialer {

    private final SandboxState state;
    private final SandboxClock clock;
    private final OutcomeRules outcomes;
    private final CallLifecycle lifecycle;

    Dialer(SandboxState state, SandboxClock clock, OutcomeRules outcomes, CallLifecycle lifecycle) {
        this.state = state;
        this.clock = clock;
        this.outcomes = outcomes;
        this.lifecycle = lifecycle;
    }

    SandboxCall place(SandboxCall.Setup setup, Duration queueWait) {
        SandboxCall call = new SandboxCall(state.newId(), state.newCallSid(), setup,
                outcomes.outcomeFor(setup.toNumber()), clock.now());
        state.addCall(call);
        lifecycle.dial(call, queueWait);
        return call;
    }

    void cancelled(SandboxCall call) {
        lifecycle.terminated(call);
    }
}
