package dev.aivoice.sandbox;

import java.time.Duration;

/**
 * How long each step of a sandbox call takes on the sandbox clock: from placing to connecting, ringing out
 * unanswered, from hang-up to the recording and analyses, and the gap between two rows of a campaign.
 */
public record CallTimings(Duration dialDelay, Duration ringTimeout, Duration processingDelay,
        Duration campaignDialInterval) {

    public static CallTimings defaults() {
        return new CallTimings(Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofSeconds(1));
    }
}
