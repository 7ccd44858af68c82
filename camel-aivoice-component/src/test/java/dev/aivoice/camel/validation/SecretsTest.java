package dev.aivoice.camel.validation;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;

import dev.aivoice.camel.AiVoiceConnectionException;
import dev.aivoice.camel.AiVoiceError;
import dev.aivoice.camel.AiVoiceException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What {@link Secrets} masks, and that a scrubbed cause chain keeps what the route needs but not the secret. */
class SecretsTest {

    static final String KEY = "skLive9Hq2ZpX9wLmN4vR8";
    final Secrets secrets = Secrets.of(KEY + "\n", "tok-1234567");

    @Test
    void exactValuePrefixesAndTheValueWithItsLineEndAreMasked() {
        assertThat(secrets.redact("key " + KEY + " end")).isEqualTo("key *** end");
        assertThat(secrets.redact("invalid header value: \"" + KEY + "\\n\"")).isEqualTo("invalid header value: \"***\\n\"");
        assertThat(secrets.redact("Unrecognized token '" + KEY.substring(0, 9) + "'")).isEqualTo("Unrecognized token '***'");
        assertThat(secrets.redact("two " + KEY + KEY)).isEqualTo("two ******");
        assertThat(secrets.redact("short prefix skLiv stays")).isEqualTo("short prefix skLiv stays");
        assertThat(secrets.redact("Bearer tok-1234567")).isEqualTo("Bearer ***");
    }

    @Test
    void aSecretWhosePrefixStartsAnotherIsMaskedWholeWhateverTheOrder() {
        String oldKey = "rotatedKey-0001";
        String newKey = "rotatedKey-0001-then-new-part-77"; // an old key's prefix opening the new key
        for (Secrets both : new Secrets[] { Secrets.of(oldKey, newKey), Secrets.of(newKey, oldKey) }) {
            assertThat(both.redact("new " + newKey + " old " + oldKey + ".")).isEqualTo("new *** old ***.");
        }
    }

    @Test
    void aChainWithoutSecretsIsKeptAsItIs() {
        AiVoiceConnectionException clean = new AiVoiceConnectionException("no answer", AiVoiceError.local("ringly",
                "call/create"), true, new IOException("reset"));
        assertThat(secrets.scrub(clean)).isSameAs(clean);
    }

    @Test
    void aLeakingCauseIsReplacedByARedactedCopyWithItsClassNameAndStack() {
        IOException parser = new IOException("Unrecognized token '" + KEY + "': was expecting JSON");
        AiVoiceException failure = new AiVoiceException("ringly call/create failed", AiVoiceError.local("ringly",
                "call/create"), new IllegalStateException("wrapped", parser));

        Throwable scrubbed = secrets.scrub((Throwable) failure);

        assertThat(scrubbed).isInstanceOf(AiVoiceException.class).hasMessage("ringly call/create failed");
        assertThat(((AiVoiceException) scrubbed).getProvider()).isEqualTo("ringly");
        assertThat(scrubbed.getCause()).hasMessage("java.lang.IllegalStateException: wrapped");
        assertThat(scrubbed.getCause().getCause())
                .hasMessage("java.io.IOException: Unrecognized token '***': was expecting JSON");
        assertThat(scrubbed.getCause().getCause().getStackTrace()).isEqualTo(parser.getStackTrace());
        StringWriter printed = new StringWriter();
        scrubbed.printStackTrace(new PrintWriter(printed));
        assertThat(printed.toString()).doesNotContain(KEY.substring(0, 6));
    }

    @Test
    void cleanStripsSurroundingWhitespaceAndRefusesControlCharactersWithoutShowingThem() {
        assertThat(Secrets.clean("apiKey", "  " + KEY + "\r\n")).isEqualTo(KEY);
        assertThat(Secrets.clean("apiKey", null)).isNull();
        assertThatThrownBy(() -> Secrets.clean("webhookToken", "tok\u0000en-123"))
                .hasMessageContaining("webhookToken contains a control character")
                .hasMessageNotContaining("tok").hasMessageNotContaining("en-123");
        assertThatThrownBy(() -> Secrets.clean("apiKey", "sk\u20acabc123"))
                .hasMessageContaining("apiKey contains a character that cannot be sent in an HTTP header")
                .hasMessageNotContaining("abc123");
    }
}
