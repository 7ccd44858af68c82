package dev.aivoice.camel.validation;

import dev.aivoice.camel.AiVoiceConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Endpoint creation separates putting options in their canonical form ({@link OptionChecks#normalize}) from checking
 * them: the checks read the configuration and change nothing, whether it passes or fails.
 */
class OptionChecksChangeNothingTest {

    static final String SUBJECT = "aivoice:ringly:call";

    @Test
    void checksLeaveEveryValueAsItWas() {
        AiVoiceConfiguration options = options(" sk-abcdef123\n", "tok-987654\r\n", " 12025550143");

        new OptionChecks(SUBJECT).check(options);
        // before normalize, the caller number is not E.164 yet: refused, and still not rewritten
        assertThatThrownBy(() -> new OptionChecks(SUBJECT).checkSending(options, new FieldValidator("ringly", "call")))
                .hasMessageContaining("fromNumber (endpoint option) must be an E.164 number");

        assertThat(options.getApiKey()).isEqualTo(" sk-abcdef123\n");
        assertThat(options.getWebhookToken()).isEqualTo("tok-987654\r\n");
        assertThat(options.getFromNumber()).isEqualTo(" 12025550143");
    }

    @Test
    void normalizeStripsSecretsAndRestoresThePlusOfTheCallerNumber() {
        AiVoiceConfiguration options = options(" sk-abcdef123\n", "tok-987654\r\n", " 12025550143");

        OptionChecks.normalize(options);

        assertThat(options.getApiKey()).isEqualTo("sk-abcdef123");
        assertThat(options.getWebhookToken()).isEqualTo("tok-987654");
        assertThat(options.getFromNumber()).isEqualTo("+12025550143");
        new OptionChecks(SUBJECT).checkSending(options, new FieldValidator("ringly", "call"));
    }

    @Test
    void aFailingCheckChangesNothingEither() {
        AiVoiceConfiguration options = options(" sk-abc\u0001def123 ", null, null);
        options.setLimit(0);

        assertThatThrownBy(() -> new OptionChecks(SUBJECT).check(options))
                .hasMessageContaining("apiKey contains a control character");
        assertThat(options.getApiKey()).isEqualTo(" sk-abc\u0001def123 ");
        assertThat(options.getLimit()).isZero();
    }

    private static AiVoiceConfiguration options(String apiKey, String webhookToken, String fromNumber) {
        AiVoiceConfiguration options = new AiVoiceConfiguration();
        options.setApiKey(apiKey);
        options.setWebhookToken(webhookToken);
        options.setFromNumber(fromNumber);
        return options;
    }
}
