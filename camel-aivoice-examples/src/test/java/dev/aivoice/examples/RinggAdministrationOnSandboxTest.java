package dev.aivoice.examples;

import java.time.Duration;
import java.util.Map;

import dev.aivoice.camel.AiVoiceAuthenticationException;
import dev.aivoice.camel.AiVoiceComponent;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.AiVoicePaymentRequiredException;
import dev.aivoice.camel.ringg.agent.RinggAgentRequest;
import dev.aivoice.camel.ringg.model.RinggAgent;
import dev.aivoice.camel.ringg.model.RinggDeleted;
import dev.aivoice.camel.ringg.workspace.RinggRotatedKey;
import dev.aivoice.sandbox.ProviderSandbox;
import dev.aivoice.sandbox.junit.SandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The Ringg administration operations end to end on the sandbox: assistants, key rotation, credit guard, export. */
class RinggAdministrationOnSandboxTest extends CamelTestSupport {

    @RegisterExtension
    static final SandboxExtension SANDBOX = SandboxExtension.with(builder -> builder.credits(1));

    static final String CSV = "Mobile Number,Name\r\n+919800000001,Asha\r\n+919800000002,Ravi\r\n";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        AiVoiceComponent aivoice = new AiVoiceComponent();
        aivoice.getConfiguration().setBaseUrl(SANDBOX.sandbox().ringgBaseUrl());
        aivoice.getConfiguration().setApiKey(ProviderSandbox.RINGG_API_KEY);
        aivoice.getConfiguration().setRequestTimeout(Duration.ofSeconds(5).toMillis());
        context.addComponent("aivoice", aivoice);
        return context;
    }

    @Test
    void anAssistantIsCreatedReadAndArchived() {
        RinggAgentRequest assistant = new RinggAgentRequest().setAgentName("Renewals").setIntroductionAndObjective("Remind")
                .setResponseGuidelines("Brief").setTask("Ask").setPrimaryLanguage("en-IN").setVoiceId("v-1")
                .setIntroMessage("Hello");

        Exchange created = template.request("aivoice:ringg:agent?operation=create", e -> e.getMessage().setBody(assistant));
        String id = created.getMessage().getHeader(AiVoiceConstants.AGENT_ID, String.class);
        RinggAgent read = template.requestBodyAndHeader("aivoice:ringg:agent?operation=get", null,
                AiVoiceConstants.AGENT_ID, id, RinggAgent.class);
        RinggDeleted archived = template.requestBodyAndHeader("aivoice:ringg:agent?operation=archive", null,
                AiVoiceConstants.AGENT_ID, id, RinggDeleted.class);

        assertThat(read.getAgentDisplayName()).isEqualTo("Renewals");
        assertThat(archived.getMessage()).isEqualTo("Agent archived successfully");
        assertThat(SANDBOX.sandbox().isArchived(id)).isTrue();
    }

    @Test
    void aRotatedKeyIsAppliedToTheRoutesAndTheOldOneIsDeadAtRingg() {
        Exchange rotated = template.request("aivoice:ringg:workspace?operation=rotateKey&applyRotatedKey=true",
                e -> e.getMessage().setBody(null));
        String newKey = rotated.getMessage().getBody(RinggRotatedKey.class).getNewApiKey();
        Exchange afterwards = template.request("aivoice:ringg:workspace", e -> e.getMessage().setBody(null));
        Exchange oldKeyElsewhere = template.request("aivoice:ringg:workspace?apiKey=" + ProviderSandbox.RINGG_API_KEY
                                                    + "&baseUrl=" + SANDBOX.sandbox().ringgBaseUrl() + "/",
                e -> e.getMessage().setBody(null));

        assertThat(afterwards.getException()).isNull();
        assertThat(SANDBOX.sandbox().requests("/workspace").get(0).headers().get("x-api-key")).containsExactly(newKey);
        assertThat(oldKeyElsewhere.getException()).as("another account entry (other base URL) keeps the dead key")
                .isInstanceOf(AiVoiceAuthenticationException.class);
    }

    @Test
    void bulkStartWithTooFewCreditsIsRefusedAndNobodyIsCalled() {
        String listId = template.request("aivoice:ringg:campaign?operation=bulkUpload&agentId="
                                         + ProviderSandbox.RINGG_AGENT_ID + "&countryCode=RAW(+91)&campaignName=Big",
                e -> {
                    e.getMessage().setBody(CSV);
                    e.getMessage().setHeader(AiVoiceConstants.CAMPAIGN, Map.of("campaign_start_time", "01/01/2099, 09:00",
                            "campaign_end_time", "31/01/2099, 18:00"));
                }).getMessage().getHeader(AiVoiceConstants.LIST_ID, String.class);
        SANDBOX.sandbox().advance(Duration.ofSeconds(30));

        Exchange started = template.request("aivoice:ringg:campaign?operation=bulkStart&checkBalance=true&agentId="
                                            + ProviderSandbox.RINGG_AGENT_ID + "&numberPoolId="
                                            + ProviderSandbox.RINGG_NUMBER_POOL_ID, e -> {
                                                e.getMessage().setHeader(AiVoiceConstants.LIST_ID, listId);
                                                e.getMessage().setBody(Map.of("campaign_start_time", "01/01/2099, 09:00",
                                                        "campaign_end_time", "31/01/2099, 18:00"));
                                            });

        AiVoicePaymentRequiredException refused = (AiVoicePaymentRequiredException) started.getException();
        assertThat(refused.getRequiredCredits()).contains(2.0);
        assertThat(refused.getAvailableCredits()).contains(1.0);
        assertThat(SANDBOX.sandbox().requests("/campaign/make-call-async")).isEmpty();
        assertThat(SANDBOX.sandbox().calls()).isEmpty();
    }

    @Test
    void theHistoryExportAnswersWithRinggsMessage() {
        Object body = template.requestBody("aivoice:ringg:call?operation=export", Map.of("start_date", "2026-01-01"));

        assertThat(body).isInstanceOf(String.class);
        assertThat((String) body).contains("emailed");
    }
}
