package dev.aivoice.camel.fakeprovider;

import java.io.IOException;
import java.net.http.HttpResponse;

import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.events.CallEvent;
import dev.aivoice.camel.events.CallStatus;
import dev.aivoice.camel.test.RecordingHttpServer;
import dev.aivoice.camel.test.WebhookTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Adding a third provider is one package and one line: {@link FakeProvider} lives only in this test package and is
 * registered by one line in {@code META-INF/services}, as a provider in its own jar would be; no component code names
 * it. Its producer operation and its webhook then work like Ringly's and Ringg's, over real HTTP on loopback.
 */
class FakeProviderRouteTest extends WebhookTestSupport {

    private final RecordingHttpServer fakeApi;

    FakeProviderRouteTest() throws IOException {
        fakeApi = new RecordingHttpServer();
    }

    @AfterEach
    void stopFakeApi() {
        fakeApi.close();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("aivoice:fake:events").to("mock:notes");
                from("direct:create").to("aivoice:fake:note?apiKey=fake-key-1&baseUrl=" + fakeApi.baseUrl());
            }
        };
    }

    @Test
    void webhookDeliveryOverHttpReachesTheRouteAsTheEventTheProviderParsed() throws Exception {
        MockEndpoint notes = getMockEndpoint("mock:notes");
        notes.expectedMessageCount(1);

        // webhookPath left at its default: the fake provider's own default path is served
        HttpResponse<String> answer = post(FakeWebhooks.DEFAULT_PATH, TOKEN,
                "{\"kind\": \"note_created\", \"note\": \"n-1\", \"state\": \"completed\"}");

        assertThat(answer.statusCode()).isEqualTo(200);
        notes.assertIsSatisfied();
        Exchange routed = notes.getExchanges().get(0);
        CallEvent event = routed.getMessage().getBody(CallEvent.class);
        assertThat(event.getProvider()).isEqualTo("fake");
        assertThat(event.getEventType()).isEqualTo("note_created");
        assertThat(event.getCallId()).isEqualTo("n-1");
        assertThat(event.getCallStatus()).isEqualTo(CallStatus.COMPLETED);
        assertThat(routed.getMessage().getHeaders()).containsEntry(AiVoiceConstants.PROVIDER, "fake")
                .containsEntry(AiVoiceConstants.EVENT_TYPE, "note_created")
                .containsEntry(AiVoiceConstants.CALL_ID, "n-1");
    }

    @Test
    void theNeutralConsumerAuthenticatesRefusesAndDedupesTheFakeProvidersDeliveries() throws Exception {
        MockEndpoint notes = getMockEndpoint("mock:notes");
        String delivery = "{\"kind\": \"note_closed\", \"note\": \"n-2\"}";

        assertThat(post(FakeWebhooks.DEFAULT_PATH, "wrong-token", delivery).statusCode()).isEqualTo(401);
        assertThat(post(FakeWebhooks.DEFAULT_PATH, TOKEN, "{\"no\": \"kind\"}").statusCode()).isEqualTo(400);
        assertThat(post(FakeWebhooks.DEFAULT_PATH, TOKEN, delivery).body()).isEmpty();
        assertThat(post(FakeWebhooks.DEFAULT_PATH, TOKEN, delivery).body()).isEqualTo("Duplicate");

        assertThat(notes.getReceivedCounter()).isEqualTo(1);
    }

    @Test
    void producerOperationSendsToTheProvidersApiWithItsAuthentication() throws Exception {
        fakeApi.enqueue(RecordingHttpServer.Answer.json(201, "{\"id\": \"n-7\"}"));

        Exchange answer = template.request("direct:create", exchange -> exchange.getMessage().setBody("{\"text\": \"hi\"}"));

        assertThat(answer.getException()).isNull();
        assertThat(answer.getMessage().getHeader(AiVoiceConstants.CALL_ID)).isEqualTo("n-7");
        RecordingHttpServer.Recorded request = fakeApi.onlyRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/notes");
        assertThat(request.header("X-Fake-Key")).isEqualTo("fake-key-1");
        assertThat(request.bodyText()).isEqualTo("{\"text\": \"hi\"}");
    }

    @Test
    void unknownApiAndUnknownEventTypeErrorsListTheFakeProvidersOwn() {
        assertThatThrownBy(() -> context.getEndpoint("aivoice:fake:call?apiKey=k"))
                .hasStackTraceContaining("Unknown api 'call' for aivoice provider fake. Valid apis: events, note");
        assertThatThrownBy(() -> context.getEndpoint("aivoice:fake:events?eventTypes=call_completed"))
                .hasStackTraceContaining("Unknown event type 'call_completed' in eventTypes. Known event types:"
                                         + " note_closed, note_created");
    }

    @Test
    void autoSubscribeRunsTheFakeProvidersSubscriptionAtStart() throws Exception {
        fakeApi.enqueue(RecordingHttpServer.Answer.json(200, "{\"subscribed\": true}"));

        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("aivoice:fake:events?webhookPath=/fake/subscribed&autoSubscribe=true&apiKey=fake-key-2"
                     + "&publicUrl=https://hooks.example.test/fake&eventTypes=note_closed&baseUrl=" + fakeApi.baseUrl())
                        .to("mock:subscribed");
            }
        });

        RecordingHttpServer.Recorded subscription = fakeApi.onlyRequest();
        assertThat(subscription.path()).isEqualTo("/subscriptions");
        assertThat(subscription.header("X-Fake-Key")).isEqualTo("fake-key-2");
        assertThat(subscription.bodyText()).contains("\"url\":\"https://hooks.example.test/fake\"")
                .contains("\"kinds\":[\"note_closed\"]");
        // and the explicit webhookPath is served instead of the provider's default
        getMockEndpoint("mock:subscribed").expectedMessageCount(1);
        assertThat(post("/fake/subscribed", TOKEN, "{\"kind\": \"note_closed\", \"note\": \"n-3\"}").statusCode())
                .isEqualTo(200);
        getMockEndpoint("mock:subscribed").assertIsSatisfied();
    }
}
