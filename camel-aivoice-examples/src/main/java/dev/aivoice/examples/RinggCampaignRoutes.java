package dev.aivoice.examples;

import dev.aivoice.camel.AiVoiceConstants;
import org.apache.camel.builder.RouteBuilder;

/**
 * Ringg: all dialable leads go out as one campaign (upload + start); each call's outcome comes back as a webhook
 * event on {@code aivoice:ringg:events}, which subscribes itself on the agent at start.
 */
public class RinggCampaignRoutes extends RouteBuilder {

    static final String EVENTS_URI = "aivoice:ringg:events?webhookPath=/crm/ringg-events"
                                     + "&webhookToken=RAW({{ringg.webhook.token}})&autoSubscribe=true"
                                     + "&agentId={{ringg.agentId}}&publicUrl={{ringg.publicUrl}}/crm/ringg-events"
                                     + "&apiKey=RAW({{ringg.apiKey}})&baseUrl={{ringg.baseUrl}}"
                                     + "&eventTypes=call_completed,all_processing_completed"
                                     // outcomes the webhook missed (an outage) come from the call history
                                     + "&backfillInterval={{ringg.backfillInterval}}";

    @Override
    public void configure() {
        from("direct:dial").routeId("ringg-campaign")
                .bean("outcomes", "awaitEvents")
                .setHeader(AiVoiceConstants.CAMPAIGN, method("campaign", "settings"))
                .setProperty("campaignLeads", body())
                .bean("leads", "campaignCsv")
                .doTry()
                    // rows on the do-not-call list or outside their calling window are left out and reported
                    .to("aivoice:ringg:campaign?operation=launch&apiKey=RAW({{ringg.apiKey}})&baseUrl={{ringg.baseUrl}}"
                        + "&agentId={{ringg.agentId}}&numberPoolId={{ringg.numberPoolId}}&invalidRows=drop"
                        + "&callingWindow={{dialer.callingWindow}}&doNotCallList=#doNotCall")
                    .bean("outcomes", "campaignRowsRefused")
                    .log("Campaign launched: list ${header.CamelAiVoiceListId}")
                .doCatch(Exception.class) // provider errors (AiVoiceException) and anything else
                    .bean("outcomes", "campaignFailed")
                .end();

        from(EVENTS_URI).routeId("ringg-events")
                .bean("outcomes", "callEvent"); // matched to the lead by CamelAiVoiceCorrelationId
    }
}
