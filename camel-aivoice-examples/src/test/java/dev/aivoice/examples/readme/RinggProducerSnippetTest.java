package dev.aivoice.examples.readme;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.ringg.model.RinggCallConfig;
import dev.aivoice.camel.ringg.model.RinggCallCreated;
import dev.aivoice.camel.ringg.model.RinggCallDetails;
import dev.aivoice.camel.ringg.model.RinggCampaign;
import dev.aivoice.camel.ringg.model.RinggWorkspace;
import dev.aivoice.sandbox.ProviderSandbox;
import dev.aivoice.sandbox.junit.SandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's Ringg producer routes, as written, on the sandbox. */
class RinggProducerSnippetTest extends CamelTestSupport {

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();

    @TempDir
    static Path inbox;

    static final DateTimeFormatter RINGG_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy, HH:mm");

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SnippetSandbox.addRinggComponent(context, SANDBOX.sandbox());
        SnippetSandbox.addRinggAgentAndPool(context);
        context.getPropertiesComponent().addInitialProperty("crm.inbox", inbox.toString());
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:crmUpdate").to("mock:crm");
                // snippet: ringg-producer
                // call: create (v2 API; caller = numberPoolId, fromNumberId or fromNumber, exactly one)
                from("direct:call")
                    .setHeader(AiVoiceConstants.TO_NUMBER, simple("${body[phone]}"))
                    .setHeader(AiVoiceConstants.CALLEE_NAME, simple("${body[name]}"))
                    .setHeader(AiVoiceConstants.CALL_CONFIG, constant(new RinggCallConfig()
                        .window("09:00", "18:00", "Asia/Kolkata").retries(2, 30, 30, 30)))
                    .setBody(constant(null))
                    .to("aivoice:ringg:call?agentId={{ringg.agent}}&numberPoolId={{ringg.pool}}") // body: RinggCallCreated
                    .log("call ${header.CamelAiVoiceCallId} ${header.CamelAiVoiceCallStatus}");

                // call: get (details, transcript as List<TranscriptTurn>), history, terminate
                from("direct:details").to("aivoice:ringg:call?operation=get&sendAnalysis=true"); // header CamelAiVoiceCallId
                from("direct:history")                                                            // body: Map of filters
                    .to("aivoice:ringg:call?operation=history&pageAll=true") // lazy Iterator<RinggCall>, one page in memory
                    .split(body()).streaming().to("direct:crmUpdate");
                from("direct:stop").to("aivoice:ringg:call?operation=terminate"); // {"campaign_id":..,"mobile_numbers":[..]}

                // campaign: launch = upload (multipart CSV, streamed) then start; body = List<Map>, CSV, InputStream, File
                from("file:{{crm.inbox}}?include=.*\\.csv")
                    .setHeader(AiVoiceConstants.CAMPAIGN, () -> new RinggCampaign()   // tomorrow 09:30 to 18:00 next day
                        .setCampaignStartTime(RINGG_TIME.format(LocalDate.now().plusDays(1).atTime(9, 30)))
                        .setCampaignEndTime(RINGG_TIME.format(LocalDate.now().plusDays(2).atTime(18, 0))))
                    .to("aivoice:ringg:campaign?agentId={{ringg.agent}}&numberPoolId={{ringg.pool}}&campaignName=Renewals"
                        + "&countryCode=RAW(+91)&variablesMap=lead_id:Lead ID,company:Company&invalidRows=drop")
                    .log("campaign list ${header.CamelAiVoiceListId}, dropped ${header.CamelAiVoiceInvalidRows}");
                // also operation=upload, start (pool -> /campaign/v2/start, from_numbers -> deprecated /campaign/start),
                // list, and for 5,000+ rows bulkUpload -> bulkStatus (poll) -> bulkStart

                // agent, number, workspace, analytics
                from("direct:agents").to("aivoice:ringg:agent?pageAll=true");                    // Iterator<RinggAgent>
                from("direct:agent").to("aivoice:ringg:agent?operation=get");                    // header CamelAiVoiceAgentId
                from("direct:voices").setBody(constant("en-IN,hi-IN")).to("aivoice:ringg:agent?operation=voices");
                from("direct:editAgent")   // any PATCH /agent/v1 operation
                    .setBody(constant(Map.of("operation", "edit_timezone", "timezone", "Asia/Kolkata")))
                    .to("aivoice:ringg:agent?operation=edit&agentId={{ringg.agent}}");
                from("direct:numbers").to("aivoice:ringg:number");                               // List<RinggNumber>
                from("direct:credits").to("aivoice:ringg:workspace").log("${body.credits}");     // RinggWorkspace
                from("direct:report").setBody(constant(Map.of("start_date", "2026-03-01")))
                    .to("aivoice:ringg:analytics?operation=platform");                           // JsonNode
                // end-snippet
            }
        };
    }

    @Test
    void callIsPlacedThenReadBackAndListedInHistory() throws Exception {
        RinggCallCreated created = template.requestBody("direct:call", Map.of("phone", "+14155550101", "name", "Asha"),
                RinggCallCreated.class);
        assertThat(SANDBOX.sandbox().requests("/calling/v2/outbound/individual")).singleElement().satisfies(r -> {
            assertThat(r.json().get("number_pool_id").asText()).isEqualTo(ProviderSandbox.RINGG_NUMBER_POOL_ID);
            assertThat(r.json().at("/call_config/call_time/timezone").asText()).isEqualTo("Asia/Kolkata");
        });
        SANDBOX.sandbox().runUntilIdle();

        RinggCallDetails details = template.requestBodyAndHeader("direct:details", null, AiVoiceConstants.CALL_ID,
                created.getCallId(), RinggCallDetails.class);
        assertThat(details.getId()).isEqualTo(created.getCallId());

        MockEndpoint crm = getMockEndpoint("mock:crm");
        crm.expectedMessageCount(1);
        template.sendBody("direct:history", Map.of());
        crm.assertIsSatisfied();
    }

    @Test
    void csvDroppedInTheInboxLaunchesOneCampaign() throws Exception {
        NotifyBuilder done = new NotifyBuilder(context).from("file:*").whenCompleted(1).create();
        Files.writeString(inbox.resolve("renewals.csv"), """
                Lead ID,Name,Mobile Number,Company
                L-1,Asha,+919876543210,Acme
                L-2,Ravi,not-a-number,Globex
                L-3,Meera,+919876543212,Initech
                """);

        assertThat(done.matches(30, TimeUnit.SECONDS)).isTrue();
        assertThat(SANDBOX.sandbox().campaigns()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Renewals");
            assertThat(c.rows()).hasSize(2);   // the row without a valid number was dropped, not sent
            assertThat(c.rows()).extracting(row -> row.get("company")).containsExactly("Acme", "Initech");
        });
    }

    @Test
    void agentNumberWorkspaceAndAnalyticsRoutesAnswer() {
        assertThat(template.requestBody("direct:agents", (Object) null)).isInstanceOf(java.util.Iterator.class);
        assertThat(template.requestBodyAndHeader("direct:agent", null, AiVoiceConstants.AGENT_ID,
                ProviderSandbox.RINGG_AGENT_ID)).isNotNull();
        assertThat(template.requestBody("direct:voices", (Object) null)).isNotNull();
        Exchange edited = template.request("direct:editAgent", e -> { });
        assertThat(edited.getException()).isNull();
        assertThat(template.requestBody("direct:numbers", (Object) null, List.class)).isNotEmpty();
        assertThat(template.requestBody("direct:credits", (Object) null)).isInstanceOf(RinggWorkspace.class);
        assertThat(template.requestBody("direct:report", (Object) null)).isNotNull();
    }
}
