package dev.aivoice.camel.reliability;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import dev.aivoice.camel.AiVoiceAuthenticationException;
import dev.aivoice.camel.AiVoiceConnectionException;
import dev.aivoice.camel.AiVoiceError;
import dev.aivoice.camel.AiVoiceException;
import dev.aivoice.camel.AiVoiceInvalidRequestException;
import dev.aivoice.camel.AiVoiceRateLimitException;
import dev.aivoice.camel.AiVoiceServerException;
import dev.aivoice.camel.http.ApiRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's retry table, row by row. */
class RetryRulesTest {

    static final AiVoiceError ERROR = AiVoiceError.local("ringly", "call/create");
    static final URI URI_ = URI.create("http://127.0.0.1:1/x");

    final ApiRequest read = ApiRequest.builder("GET", URI_).build();
    final ApiRequest call = ApiRequest.builder("POST", URI_).jsonBody(new byte[] { '{', '}' }).placesCall(true).build();
    final ApiRequest write = ApiRequest.builder("POST", URI_).jsonBody(new byte[] { '{', '}' }).build();
    final ApiRequest streamed = ApiRequest.builder("POST", URI_)
            .body(new ByteArrayInputStream(new byte[1]), 1, "text/csv")
            .build();

    final AiVoiceException rateLimit = new AiVoiceRateLimitException("429", ERROR);
    final AiVoiceException server = new AiVoiceServerException("503", ERROR);
    final AiVoiceException refused = new AiVoiceConnectionException("refused", ERROR, false, null);
    final AiVoiceException timeout = new AiVoiceConnectionException("timeout", ERROR, true, null);
    final AiVoiceException invalid = new AiVoiceInvalidRequestException("400", ERROR);
    final AiVoiceException auth = new AiVoiceAuthenticationException("401", ERROR);

    @Test
    void readsAreRetriedAfterEveryServerOrTransportFailure() {
        assertThat(RetryRules.mayRetry(read, rateLimit)).isTrue();
        assertThat(RetryRules.mayRetry(read, server)).isTrue();
        assertThat(RetryRules.mayRetry(read, refused)).isTrue();
        assertThat(RetryRules.mayRetry(read, timeout)).isTrue();
    }

    @Test
    void callsAreRetriedOnlyWhenTheProviderProvablyDidNotActOnThem() {
        assertThat(RetryRules.mayRetry(call, rateLimit)).isTrue();
        assertThat(RetryRules.mayRetry(call, refused)).isTrue();
        assertThat(RetryRules.mayRetry(call, server)).isFalse();
        assertThat(RetryRules.mayRetry(call, timeout)).isFalse();
    }

    @Test
    void writesThatPlaceNoCallFollowTheCallRules() {
        assertThat(RetryRules.mayRetry(write, rateLimit)).isTrue();
        assertThat(RetryRules.mayRetry(write, server)).isFalse();
        assertThat(RetryRules.mayRetry(write, timeout)).isFalse();
    }

    @Test
    void clientErrorsAreNeverRetried() {
        for (ApiRequest request : new ApiRequest[] { read, call, write }) {
            assertThat(RetryRules.mayRetry(request, invalid)).isFalse();
            assertThat(RetryRules.mayRetry(request, auth)).isFalse();
        }
    }

    @Test
    void streamedBodiesAreNeverSentTwice() {
        assertThat(streamed.canResend()).isFalse();
        assertThat(RetryRules.mayRetry(streamed, rateLimit)).isFalse();
        assertThat(RetryRules.mayRetry(streamed, refused)).isFalse();
    }

    @Test
    void bodiesFromASupplierAreRecreatedSoTheyMayBeRetried() {
        ApiRequest recreated = ApiRequest.builder("POST", URI_)
                .body(() -> new ByteArrayInputStream("a,b".getBytes(StandardCharsets.UTF_8)), 3, "text/csv").build();

        assertThat(recreated.canResend()).isTrue();
        assertThat(RetryRules.mayRetry(recreated, rateLimit)).isTrue();
    }
}
