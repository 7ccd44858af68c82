package dev.aivoice.camel.ringg;

import java.util.Map;

import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.AiVoiceValidationException;
import dev.aivoice.camel.test.RecordingHttpServer.Answer;
import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ids {@code .} and {@code ..} would go out as the path segments "this" and "parent" ({@code /agent/..} is another
 * endpoint): they are refused as ids, naming the field, and nothing reaches the wire.
 */
class DotSegmentIdTest extends RinggRouteTestSupport {

    @ParameterizedTest
    @ValueSource(strings = { ".", ".." })
    void dotIdsAreRefusedAndNeverSentAsPathSegments(String id) {
        server.answerAlways(Answer.json(200, "{}"));

        Exchange agentGet = template.request("aivoice:ringg:agent?operation=get",
                e -> e.getMessage().setHeader(AiVoiceConstants.AGENT_ID, id));
        Exchange agentByOption = template.request("aivoice:ringg:agent?operation=get&agentId=" + id, e -> {
        });
        Exchange bulkStatus = template.request("aivoice:ringg:campaign?operation=bulkStatus",
                e -> e.getMessage().setBody(id));
        Exchange subscribe = template.request("aivoice:ringg:agent?operation=subscribeEvents",
                e -> e.getMessage().setBody(Map.of("agent_id", id, "callback_url", "https://example.com/hook")));

        assertThat(failure(agentGet, AiVoiceValidationException.class).getField()).isEqualTo("agent_id");
        assertThat(failure(agentByOption, AiVoiceValidationException.class).getField()).isEqualTo("agent_id");
        assertThat(failure(bulkStatus, AiVoiceValidationException.class).getField()).isEqualTo("bulk_list_id");
        assertThat(failure(subscribe, AiVoiceValidationException.class).getField()).isEqualTo("agent_id");
        assertThat(agentGet.getException()).hasMessageContaining("must not be '.' or '..'");
        assertThat(server.requests()).as("requests on the wire").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "...", ".a", "a..", "%2e%2e" })
    void idsThatOnlyLookLikeDotSegmentsAreSentEncoded(String id) {
        server.answerAlways(Answer.json(200, "{\"agents\": {\"id\": \"x\"}}"));

        Exchange result = template.request("aivoice:ringg:agent?operation=get",
                e -> e.getMessage().setHeader(AiVoiceConstants.AGENT_ID, id));

        assertThat(result.getException()).isNull();
        assertThat(server.onlyRequest().path()).isEqualTo(BASE + "/agent/" + id.replace("%", "%25"));
    }
}
