package dev.aivoice.examples.readme;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.aivoice.camel.AiVoiceComponent;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.AiVoicePaymentRequiredException;
import dev.aivoice.camel.ringg.model.RinggAgent;
import dev.aivoice.camel.ringg.model.RinggAgentRequest;
import dev.aivoice.camel.ringg.model.RinggBalance;
import dev.aivoice.camel.ringg.model.RinggDeleted;
import dev.aivoice.camel.ringg.model.RinggExportRequest;
import dev.aivoice.camel.ringg.model.RinggTerminated;
import dev.aivoice.sandbox.ProviderSandbox;
import dev.aivoice.sandbox.junit.SandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's Ringg administration routes, as written, on a sandbox that streams exports and has 1 credit. */
class RinggAdministrationSnippetTest extends CamelTestSupport {

    @RegisterExtension
    static final SandboxExtension SANDBOX = SandboxExtension.with(builder -> builder.ringgExportAsCsv().credits(1));

    @TempDir
    static Path exports;

    static final String CSV = "Mobile Number,Name\r\n+919800000001,Asha\r\n+919800000002,Ravi\r\n";
    static final Map<String, String> WINDOW = Map.of("campaign_start_time", "01/01/2099, 09:00",
            "campaign_end_time", "31/01/2099, 18:00");

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        AiVoiceComponent aivoice = new AiVoiceComponent();
        aivoice.setRinggApiKey(ProviderSandbox.RINGG_API_KEY);
        aivoice.setRinggBaseUrl(SANDBOX.sandbox().ringgBaseUrl());
        context.addComponent("aivoice", aivoice);
        context.getPropertiesComponent().addInitialProperty("ringg.agent", ProviderSandbox.RINGG_AGENT_ID);
        context.getPropertiesComponent().addInitialProperty("ringg.pool", ProviderSandbox.RINGG_NUMBER_POOL_ID);
        context.getPropertiesComponent().addInitialProperty("exports.dir", exports.toString());
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // snippet: ringg-administration
                // assistants: create (POST /public/agent), update (PATCH /public/agent/{id}), archive (DELETE /agent/{id})
                from("direct:newAgent")
                    .setBody(constant(new RinggAgentRequest().setAgentName("Renewals")
                        .setIntroductionAndObjective("Remind renewals").setResponseGuidelines("Be brief")
                        .setTask("Ask whether they renew").setPrimaryLanguage("en-IN")
                        .setVoiceId("0b5a3c1e-4f6d-4a8b-9c0d-1e2f3a4b5c6d")     // an id from operation=voices
                        .setIntroMessage("Hello @{{callee_name}}")))
                    .to("aivoice:ringg:agent?operation=create")   // RinggAgentSaved; new id in CamelAiVoiceAgentId
                    .to("aivoice:ringg:agent?operation=get");
                from("direct:renameAgent").setBody(constant(Map.of("agent_name", "Renewals v2")))
                    .to("aivoice:ringg:agent?operation=update");                  // header CamelAiVoiceAgentId
                from("direct:archiveAgent").to("aivoice:ringg:agent?operation=archive");

                // call history export: Ringg's message (CSV e-mailed), or an InputStream of the CSV (never buffered)
                from("direct:export")
                    .setBody(constant(new RinggExportRequest().setCallType("outbound").setIncludeAnalysis(true)))
                    .to("aivoice:ringg:call?operation=export")
                    .choice().when(body().isInstanceOf(java.io.InputStream.class))
                        .to("file:{{exports.dir}}?fileName=calls.csv")
                    .otherwise().log("${body}");

                // terminate by numbers: everywhere, or inside one campaign; 100 numbers per request
                from("direct:optOut").to("aivoice:ringg:campaign?operation=terminateNumbers"); // CamelAiVoiceToNumber
                from("direct:stopInCampaign")                   // {"campaign_id": ..., "mobile_numbers": [...]}
                    .to("aivoice:ringg:campaign?operation=terminateCampaignNumbers");

                // large campaigns: credit check alone or as bulkStart's guard; delete a contact list
                from("direct:balance").to("aivoice:ringg:campaign?operation=checkBalance"); // CamelAiVoiceListId
                from("direct:bulkStart").to("aivoice:ringg:campaign?operation=bulkStart&checkBalance=true"
                    + "&agentId={{ringg.agent}}&numberPoolId={{ringg.pool}}");
                from("direct:dropList").to("aivoice:ringg:campaign?operation=deleteList");   // CamelAiVoiceListId
                // end-snippet
            }
        };
    }

    @Test
    void assistantIsCreatedRenamedAndArchived() {
        Exchange created = template.request("direct:newAgent", e -> { });
        assertThat(SANDBOX.sandbox().requests("/public/agent")).singleElement().satisfies(request -> assertThat(
                request.json().get("voice_id").asText()).isEqualTo("0b5a3c1e-4f6d-4a8b-9c0d-1e2f3a4b5c6d"));
        String id = created.getMessage().getHeader(AiVoiceConstants.AGENT_ID, String.class);
        assertThat(created.getMessage().getBody(RinggAgent.class).getAgentDisplayName()).isEqualTo("Renewals");

        template.sendBodyAndHeader("direct:renameAgent", null, AiVoiceConstants.AGENT_ID, id);
        RinggDeleted archived = template.requestBodyAndHeader("direct:archiveAgent", null, AiVoiceConstants.AGENT_ID,
                id, RinggDeleted.class);

        assertThat(SANDBOX.sandbox().ringgAgents()).anySatisfy(a -> assertThat(a.displayName()).isEqualTo("Renewals v2"));
        assertThat(archived.getId()).isEqualTo(id);
        assertThat(SANDBOX.sandbox().isArchived(id)).isTrue();
    }

    @Test
    void streamedExportIsWrittenToAFile() throws Exception {
        template.request("aivoice:ringg:call?agentId=" + ProviderSandbox.RINGG_AGENT_ID + "&numberPoolId="
                         + ProviderSandbox.RINGG_NUMBER_POOL_ID, e -> {
                             e.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+919800000001");
                             e.getMessage().setHeader(AiVoiceConstants.CALLEE_NAME, "Asha");
                         });

        template.sendBody("direct:export", null);

        List<String> lines = Files.readAllLines(exports.resolve("calls.csv"));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("+919800000001");
    }

    @Test
    void queuedCallsToANumberAreTerminated() {
        template.request("aivoice:ringg:call?agentId=" + ProviderSandbox.RINGG_AGENT_ID + "&numberPoolId="
                         + ProviderSandbox.RINGG_NUMBER_POOL_ID, e -> {
                             e.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+919800000002");
                             e.getMessage().setHeader(AiVoiceConstants.CALLEE_NAME, "Ravi");
                         });

        RinggTerminated terminated = template.requestBodyAndHeader("direct:optOut", null, AiVoiceConstants.TO_NUMBER,
                "+919800000002", RinggTerminated.class);

        assertThat(terminated.getNumbers()).isEqualTo(1);
        assertThat(SANDBOX.sandbox().callsTo("+919800000002")).singleElement()
                .satisfies(call -> assertThat(call.status()).isEqualTo("cancelled"));
    }

    @Test
    void tooFewCreditsStopTheGuardedStartAndTheListCanBeDeleted() {
        String listId = template.request("aivoice:ringg:campaign?operation=bulkUpload&agentId="
                                         + ProviderSandbox.RINGG_AGENT_ID + "&countryCode=RAW(+91)&campaignName=Big",
                e -> {
                    e.getMessage().setBody(CSV);
                    e.getMessage().setHeader(AiVoiceConstants.CAMPAIGN, WINDOW);
                }).getMessage().getHeader(AiVoiceConstants.LIST_ID, String.class);
        SANDBOX.sandbox().advance(java.time.Duration.ofSeconds(30));

        RinggBalance balance = template.requestBodyAndHeader("direct:balance", null, AiVoiceConstants.LIST_ID, listId,
                RinggBalance.class);
        Exchange started = template.request("direct:bulkStart", e -> {
            e.getMessage().setHeader(AiVoiceConstants.LIST_ID, listId);
            e.getMessage().setBody(WINDOW);
        });
        RinggDeleted deleted = template.requestBodyAndHeader("direct:dropList", null, AiVoiceConstants.LIST_ID, listId,
                RinggDeleted.class);

        assertThat(balance.isSufficient()).isFalse();
        AiVoicePaymentRequiredException refused = (AiVoicePaymentRequiredException) started.getException();
        assertThat(refused.getRequiredCredits()).contains(2.0);
        assertThat(refused.getAvailableCredits()).contains(1.0);
        assertThat(SANDBOX.sandbox().requests("/campaign/make-call-async")).isEmpty();
        assertThat(SANDBOX.sandbox().calls()).isEmpty();
        assertThat(deleted.getId()).isEqualTo(listId);
        assertThat(SANDBOX.sandbox().campaign(listId)).isEmpty();
    }
}
