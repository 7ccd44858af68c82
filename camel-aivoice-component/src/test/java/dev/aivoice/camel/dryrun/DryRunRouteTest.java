package dev.aivoice.camel.dryrun;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aivoice.camel.AiVoiceComplianceException;
import dev.aivoice.camel.AiVoiceConfiguration;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.compliance.FileDoNotCallList;
import dev.aivoice.camel.ringg.model.InvalidRow;
import dev.aivoice.camel.ringg.model.RinggCampaign;
import dev.aivoice.camel.test.ProviderServerTestSupport;
import dev.aivoice.camel.test.RecordingHttpServer.Answer;
import org.apache.camel.BindToRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dryRun=true}: everything but the sending runs; the body is the request, secrets masked; nothing leaves. */
class DryRunRouteTest extends ProviderServerTestSupport {

    static final String KEY = "dry-run-secret-key-7731";

    @BindToRegistry("dnc")
    final FileDoNotCallList dnc = FileDoNotCallList.of(List.of("+14155550100"));

    @Override
    protected void configure(AiVoiceConfiguration configuration) {
        configuration.setApiKey(KEY);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(noErrorHandler());
                from("direct:ringly").to("aivoice:ringly:call?dryRun=true&fromNumber=RAW(+12025550143)&agentId=agent_1"
                                         + "&doNotCallList=#dnc&idempotencyKey=${header.leadId}");
                from("direct:ringlyReal").to("aivoice:ringly:call?fromNumber=RAW(+12025550143)&agentId=agent_1"
                                             + "&idempotencyKey=${header.leadId}");
                from("direct:campaign").to("aivoice:ringg:campaign?dryRun=true&agentId=a-1&numberPoolId=pool-1"
                                           + "&countryCode=RAW(+91)&campaignName=Dry&invalidRows=drop"
                                           + "&doNotCallList=#dnc");
                from("direct:agents").to("aivoice:ringg:agent?dryRun=true&limit=5");
            }
        };
    }

    Exchange ringly(String route, String number) {
        return template.request(route, e -> {
            e.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, number);
            e.getMessage().setHeader("leadId", "lead-1");
        });
    }

    @Test
    void ringlyCallIsBuiltAndDescribedButNotSentAndItsKeyIsMasked() throws Exception {
        Exchange result = ringly("direct:ringly", "+14155550199");

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(AiVoiceConstants.DRY_RUN)).isEqualTo(true);
        DryRunRequest request = result.getMessage().getBody(DryRunRequest.class);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.url()).isEqualTo(server.baseUrl() + "/make-outbound-call-v2");
        assertThat(request.headers()).containsEntry("Authorization", "***")
                .containsEntry("Content-Type", "application/json").containsEntry("Accept", "application/json");
        assertThat(new ObjectMapper().readTree(request.body())).isEqualTo(new ObjectMapper().readTree(
                "{\"from_number\":\"+12025550143\",\"to_number\":\"+14155550199\",\"agent_tag\":\"agent_1\"}"));
        assertThat(request.contentLength()).isEqualTo(request.body().length());
        assertThat(request.toString() + new ObjectMapper().writeValueAsString(request)).doesNotContain(KEY);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void dryRunStoresNoIdempotencyKeySoTheRealCallStillGoesOut() {
        server.answerAlways(Answer.json(200, "{\"call_status\": \"registered\"}"));

        assertThat(ringly("direct:ringly", "+14155550199").getException()).isNull();
        Exchange real = ringly("direct:ringlyReal", "+14155550199");

        assertThat(real.getException()).isNull();
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void theGateStillRefusesInADryRun() {
        Exchange result = ringly("direct:ringly", "+14155550100");

        assertThat(result.getException()).isInstanceOf(AiVoiceComplianceException.class);
        assertThat(result.getMessage().getHeader(AiVoiceConstants.DRY_RUN)).isNull();
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void campaignDryRunReportsTheRowsAndTheMultipartsRowCountWithoutUploading() {
        Exchange result = template.request("direct:campaign", e -> {
            e.getMessage().setBody("Mobile Number,Name\n+14155550199,A\n+14155550100,B\n415-555-0101,C\n+919800000001,D\n");
            e.getMessage().setHeader(AiVoiceConstants.CAMPAIGN, new RinggCampaign()
                    .setCampaignStartTime("01/01/2099, 09:00").setCampaignEndTime("31/01/2099, 18:00"));
        });

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(AiVoiceConstants.DRY_RUN)).isEqualTo(true);
        assertThat(result.getMessage().getHeader(AiVoiceConstants.INVALID_ROWS, List.class))
                .extracting(row -> ((InvalidRow) row).row() + " " + ((InvalidRow) row).reason())
                .containsExactly("2 do not call", "3 is not an E.164 number ('+', country code, digits, no spaces or"
                                                  + " dashes)");
        DryRunRequest request = result.getMessage().getBody(DryRunRequest.class);
        assertThat(request.rowCount()).isEqualTo(2L);
        assertThat(request.url()).isEqualTo(server.baseUrl() + "/campaign/save");
        assertThat(request.headers()).containsEntry("X-API-KEY", "***");
        assertThat(request.contentType()).startsWith("multipart/form-data; boundary=");
        assertThat(request.body()).contains("Mobile Number,Name\r\n+14155550199,A\r\n+919800000001,D\r\n")
                .contains("name=\"campaign_name\"\r\n\r\nDry\r\n");
        assertThat(request.contentLength()).isEqualTo(request.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)
                .length);
        assertThat(server.requests()).as("neither the upload nor the start").isEmpty();
    }

    @Test
    void readsAreDescribedToo() {
        DryRunRequest request = template.requestBody("direct:agents", null, DryRunRequest.class);

        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.url()).isEqualTo(server.baseUrl() + "/agent/all?limit=5&offset=0");
        assertThat(request.body()).isNull();
        assertThat(request.headers()).isEqualTo(Map.of("Accept", "application/json", "X-API-KEY", "***"));
        assertThat(server.requests()).isEmpty();
    }
}
