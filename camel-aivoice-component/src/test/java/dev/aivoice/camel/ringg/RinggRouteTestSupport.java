package dev.aivoice.camel.ringg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aivoice.camel.AiVoiceConfiguration;
import dev.aivoice.camel.test.ProviderServerTestSupport;
import dev.aivoice.camel.test.RecordingHttpServer.Recorded;
import org.apache.camel.Exchange;

import static org.assertj.core.api.Assertions.assertThat;

/** Ringg routes against a real loopback server; the component's base URL points at it, its key is {@link #KEY}. */
abstract class RinggRouteTestSupport extends ProviderServerTestSupport {

    static final String KEY = "ringg-workspace-key-0042";
    static final String BASE = "/ca/api/v0";

    final ObjectMapper json = new ObjectMapper();

    @Override
    protected String basePath() {
        return BASE;
    }

    @Override
    protected void configure(AiVoiceConfiguration configuration) {
        configuration.setApiKey(KEY);
    }

    /** Method, path, Ringg's key and no Authorization header: the checks every Ringg request must pass. */
    static Recorded assertRinggRequest(Recorded request, String method, String path) {
        assertThat(request.method()).isEqualTo(method);
        assertThat(request.path()).isEqualTo(BASE + path);
        assertThat(request.header("X-API-KEY")).isEqualTo(KEY);
        assertThat(request.header("Authorization")).isNull();
        return request;
    }

    JsonNode jsonOf(Recorded request) throws Exception {
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        return json.readTree(request.body());
    }

    JsonNode jsonOf(String text) throws Exception {
        return json.readTree(text);
    }

    static <T extends Throwable> T failure(Exchange exchange, Class<T> type) {
        assertThat(exchange.getException()).isInstanceOf(type);
        return type.cast(exchange.getException());
    }
}
