package dev.aivoice.camel.events;

import java.net.http.HttpResponse;

import dev.aivoice.camel.AiVoiceComponent;
import dev.aivoice.camel.test.RinggEvents;
import dev.aivoice.camel.test.WebhookTestSupport;
import org.apache.camel.builder.RouteBuilder;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** What the consumer demands before it serves anything: a token (or an explicit opt-out), known event types. */
class WebhookConsumerStartTest extends WebhookTestSupport {

    @Override
    protected void configureComponent(AiVoiceComponent component) {
        // no component-wide token here
    }

    private void addRoute(String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).to("mock:events");
            }
        });
    }

    /** The innermost cause of the failure of starting a route. */
    private static Throwable startFailure(ThrowingCallable start) {
        Throwable failure = catchThrowable(start);
        assertThat(failure).as("starting the route fails").isNotNull();
        while (failure.getCause() != null) {
            failure = failure.getCause();
        }
        return failure;
    }

    @Test
    void consumerWithoutTokenRefusesToStart() {
        assertThat(startFailure(() -> addRoute("aivoice:ringg:events"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a webhookToken").hasMessageContaining("webhookAuthDisabled=true");
    }

    @Test
    void explicitOptOutServesWithoutAuthentication() throws Exception {
        addRoute("aivoice:ringg:events?webhookAuthDisabled=true&webhookPath=/open");

        HttpResponse<String> response = post("/open", null, RinggEvents.CALL_STARTED);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(getMockEndpoint("mock:events").getReceivedExchanges()).hasSize(1);
    }

    @Test
    void unknownEventTypeInFilterRefusesToStart() {
        assertThat(startFailure(() -> addRoute("aivoice:ringg:events?webhookToken=t0ken&eventTypes=call_completed,call_complete")))
                .hasMessageContaining("Unknown event type 'call_complete' in eventTypes")
                .hasMessageContaining("all_processing_completed");
    }

    @Test
    void backfillWithoutApiKeyRefusesToStartNamingTheOption() {
        assertThat(startFailure(() -> addRoute("aivoice:ringg:events?webhookToken=t0ken&backfillInterval=5m")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("backfillInterval").hasMessageContaining("needs the option apiKey");
    }

    @Test
    void backfillIntervalThatIsNotADurationIsRefusedWhenTheEndpointIsCreated() {
        assertThat(startFailure(() -> addRoute("aivoice:ringg:events?webhookToken=t0ken&apiKey=k&backfillInterval=5 min")))
                .hasMessageContaining("backfillInterval").hasMessageContaining("a duration");
    }

    @Test
    void eventsApiIsConsumerOnly() {
        assertThat(startFailure(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:x").to("aivoice:ringg:events?apiKey=k");
            }
        }))).hasMessageContaining("is consumer-only");
    }

    @Test
    void tokenIsNotPartOfTheEndpointsPrintedUri() throws Exception {
        addRoute("aivoice:ringg:events?webhookToken=s3cr3t-t0ken&webhookPath=/t");

        assertThat(context.getEndpoints()).allSatisfy(endpoint -> assertThat(endpoint.toString()).doesNotContain("s3cr3t"));
        assertThat(post("/t", "s3cr3t-t0ken", RinggEvents.CALL_STARTED).statusCode()).isEqualTo(200);
    }
}
