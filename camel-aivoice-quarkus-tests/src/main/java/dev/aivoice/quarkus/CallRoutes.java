package dev.aivoice.quarkus;

import dev.aivoice.camel.events.CallEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.camel.builder.RouteBuilder;

/**
 * The app's two routes: place a Ringg call for a lead, and receive the call's outcome on Ringg's webhook, served by
 * Quarkus's own HTTP server (camel-quarkus-platform-http). The Ringg API key is the component's
 * ({@code camel.component.aivoice.ringg-api-key} in application.properties).
 */
// snippet: quarkus-routes
@ApplicationScoped
public class CallRoutes extends RouteBuilder {

    @Inject
    CallOutcomes outcomes;

    @Override
    public void configure() {
        // headers CamelAiVoiceToNumber and CamelAiVoiceCalleeName name the lead; the body becomes a RinggCallCreated
        from("direct:placeCall").routeId("place-call")
                .to("aivoice:ringg:call?agentId={{ringg.agent-id}}&numberPoolId={{ringg.number-pool-id}}")
                .log("Ringg call ${header.CamelAiVoiceCallId} ${header.CamelAiVoiceCallStatus}");

        // subscribes itself on the agent at start (autoSubscribe), then routes each completed call once
        from("aivoice:ringg:events?webhookPath=/ringg/events&webhookToken=#property:ringg.webhook-token"
             + "&autoSubscribe=true&agentId={{ringg.agent-id}}&publicUrl={{ringg.webhook-public-url}}"
             + "&eventTypes=call_completed").routeId("call-outcomes")
                .process(exchange -> outcomes.record(exchange.getMessage().getBody(CallEvent.class)))
                .log("Call ${header.CamelAiVoiceCallId} ended ${header.CamelAiVoiceCallStatus}");
    }
}
// end-snippet
