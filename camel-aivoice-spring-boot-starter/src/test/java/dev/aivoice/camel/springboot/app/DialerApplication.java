package dev.aivoice.camel.springboot.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.aivoice.camel.events.CallEvent;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/** A Spring Boot app as a user writes it: routes only; the aivoice component is configured in application.properties. */
@SpringBootApplication
public class DialerApplication {

    /** What the events route received, for the test to read. */
    @Bean
    public List<CallEvent> receivedEvents() {
        return new CopyOnWriteArrayList<>();
    }

    @Component
    public static class DialerRoutes extends RouteBuilder {

        private final List<CallEvent> receivedEvents;

        public DialerRoutes(List<CallEvent> receivedEvents) {
            this.receivedEvents = receivedEvents;
        }

        @Override
        public void configure() {
            // snippet: spring-boot-routes
            from("direct:ringlyCall")
                    .to("aivoice:ringly:call?agentId={{dialer.ringly-agent}}&fromNumber={{dialer.ringly-from}}");

            from("direct:ringgCall")
                    .to("aivoice:ringg:call?agentId={{dialer.ringg-agent}}&numberPoolId={{dialer.ringg-pool}}");

            from("aivoice:ringg:events?autoSubscribe=true&agentId={{dialer.ringg-agent}}"
                 + "&publicUrl=http://127.0.0.1:{{local.server.port}}/ringg/events")
                    .log("${header.CamelAiVoiceEventType} for call ${header.CamelAiVoiceCallId}")
                    .bean(receivedEvents, "add(${body})");
            // end-snippet
        }
    }
}
