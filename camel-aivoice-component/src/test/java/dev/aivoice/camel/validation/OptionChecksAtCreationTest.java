package dev.aivoice.camel.validation;

import dev.aivoice.camel.AiVoiceEndpoint;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each bad option value fails when the endpoint is created, naming the option and what is allowed. */
class OptionChecksAtCreationTest {

    CamelContext context;

    @BeforeEach
    void start() {
        context = new DefaultCamelContext();
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "requestTimeout|abc|a duration: milliseconds",
            "requestTimeout|0|a positive duration",
            "requestTimeout|-5s|a duration: milliseconds",
            "requestTimeout|PT10S|a duration: milliseconds",
            "connectTimeout|abc|a duration: milliseconds",
            "connectTimeout|0|a positive duration",
            "retryDelay|-1|a duration: milliseconds",
            "retryDelay|soon|a duration: milliseconds",
            "retryMaxDelay|-2s|a duration: milliseconds",
            "retryMaxDelay|0|a positive duration",
            "maxRetries|-1|a whole number from 0 to 100",
            "maxRetries|101|a whole number from 0 to 100",
            "maxRequestsPerSecond|-0.5|0 (no pacing) or more",
            "maxRequestsPerSecond|NaN|0 (no pacing) or more",
            "limit|500|a whole number from 1 to 100",
            "limit|0|a whole number from 1 to 100",
            "offset|-1|a whole number of at least 0",
            "webhookMaxBodySize|0|a whole number of at least 1",
            "invalidRows|skip|one of reject, drop",
            "baseUrl|not-a-url|an absolute http or https URL",
            "baseUrl|ftp://files.example.com/api|an absolute http or https URL",
            "baseUrl|/api/v0|an absolute http or https URL",
            "baseUrl|http://api.example.com/v1|allowInsecureBaseUrl=true",
            "publicUrl|example.com/hooks|an absolute http or https URL",
            "webhookPath|hooks/ringg|a path starting with '/'",
            "eventTypes|call_done|Known event types",
    })
    void badOptionFailsAtCreationNamingIt(String option, String value, String allowed) {
        String uri = "aivoice:ringg:call?apiKey=k-123456&" + option + "=" + value;
        assertThatThrownBy(() -> context.getEndpoint(uri))
                .rootCause()
                .hasMessageContaining(option)
                .hasMessageContaining(allowed)
                .hasMessageContaining("aivoice:ringg:call");
    }

    @Test
    void plainHttpToThisMachineOrWhenAllowedIsAccepted() {
        for (String url : new String[] { "http://localhost:8080/api", "http://127.0.0.1:1/x", "http://[::1]:9/x" }) {
            assertThat(context.getEndpoint("aivoice:ringly:call?baseUrl=" + url)).isNotNull();
        }
        AiVoiceEndpoint allowed = (AiVoiceEndpoint) context.getEndpoint(
                "aivoice:ringly:call?baseUrl=http://api.example.com/v1&allowInsecureBaseUrl=true");
        assertThat(allowed.getConfiguration().isAllowInsecureBaseUrl()).isTrue();
    }

    @Test
    void secretsAreStrippedOfSurroundingWhitespace() {
        AiVoiceEndpoint endpoint = (AiVoiceEndpoint) context.getEndpoint(
                "aivoice:ringg:events?apiKey=RAW( sk-abcdef123%0A)&webhookToken=RAW(tok-987654\r\n)");
        assertThat(endpoint.getConfiguration().getApiKey()).isEqualTo("sk-abcdef123%0A");
        assertThat(endpoint.getConfiguration().getWebhookToken()).isEqualTo("tok-987654");
    }

    @Test
    void controlCharacterInsideASecretFailsNamingTheOptionNotTheValue() {
        assertThatThrownBy(() -> context.getEndpoint("aivoice:ringly:call?apiKey=sk-abc%0Adef123"))
                .rootCause()
                .hasMessageContaining("apiKey contains a control character")
                .hasMessageNotContaining("sk-abc")
                .hasMessageNotContaining("def123");
        assertThatThrownBy(() -> context.getEndpoint("aivoice:ringg:events?webhookToken=tok%01en-123"))
                .rootCause()
                .hasMessageContaining("webhookToken contains a control character")
                .hasMessageNotContaining("en-123");
    }
}
