package dev.aivoice.examples;

import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.AiVoiceValidationException;
import org.apache.camel.builder.RouteBuilder;

/** Ringly: one call per lead; its outcome is the registration (Ringly's API reports nothing later). */
public class RinglyDialRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:dial").routeId("ringly-dial")
                .split(body())
                    .setProperty("lead", body())
                    .setHeader(AiVoiceConstants.TO_NUMBER, simple("${body.phone}"))
                    .setHeader(AiVoiceConstants.VARIABLES, simple("${body.variables}"))
                    .setBody(simple("${null}")) // the request is the headers plus the endpoint options
                    .doTry()
                        .to("aivoice:ringly:call?apiKey=RAW({{ringly.apiKey}})&baseUrl={{ringly.baseUrl}}"
                            + "&fromNumber=RAW({{ringly.fromNumber}})&agentId={{ringly.agentTag}}"
                            + "&callingWindow={{dialer.callingWindow}}&doNotCallList=#doNotCall")
                        .bean("outcomes", "registered")
                    .doCatch(AiVoiceValidationException.class)
                        .bean("outcomes", "rejected")
                    .doCatch(Exception.class) // provider errors (AiVoiceException) and anything else
                        .bean("outcomes", "failed")
                    .end()
                .end();
    }
}
