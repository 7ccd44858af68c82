package dev.aivoice.camel;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A misconfigured URI fails when the endpoint is created, with a message listing the valid values. */
class EndpointCreationTest {

    CamelContext context;

    @BeforeEach
    void start() {
        context = new DefaultCamelContext();
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void unknownProviderListsTheProviders() {
        assertThatThrownBy(() -> context.getEndpoint("aivoice:twilio:call?apiKey=k"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("Unknown aivoice provider 'twilio'")
                .hasMessageContaining("Valid providers: ringly, ringg");
    }

    @Test
    void unknownApiListsTheProvidersApis() {
        assertThatThrownBy(() -> context.getEndpoint("aivoice:ringg:calls"))
                .hasMessageContaining("Unknown api 'calls' for aivoice provider ringg")
                .hasMessageContaining("Valid apis: agent, analytics, call, campaign, events, number, workspace");
        assertThatThrownBy(() -> context.getEndpoint("aivoice:ringly:campaign"))
                .hasMessageContaining("Valid apis: call");
    }

    @Test
    void unknownOperationListsTheApisOperations() {
        assertThatThrownBy(() -> context.getEndpoint("aivoice:ringg:call?operation=hangup"))
                .hasMessageContaining("Unknown operation 'hangup' for aivoice:ringg:call")
                .hasMessageContaining("Valid operations: create, get, history, terminate");
        assertThatThrownBy(() -> context.getEndpoint("aivoice:ringly:call?operation=get"))
                .hasMessageContaining("Valid operations: create");
    }

    @Test
    void uriWithoutApiExplainsTheSyntax() {
        assertThatThrownBy(() -> context.getEndpoint("aivoice:ringly"))
                .hasMessageContaining("expected aivoice:provider:api");
    }

    @Test
    void misspeltOptionIsReportedByCamel() {
        assertThatThrownBy(() -> context.getEndpoint("aivoice:ringly:call?apiKye=k"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("apiKye");
    }

    @Test
    void fromNumberOptionThatIsNotE164FailsAtCreation() {
        assertThatThrownBy(() -> context.getEndpoint("aivoice:ringly:call?fromNumber=2025550143"))
                .hasMessageContaining("fromNumber (endpoint option) must be an E.164 number");
    }

    @Test
    void plusDecodedAsSpaceInTheUriIsRestored() {
        AiVoiceEndpoint endpoint = (AiVoiceEndpoint) context.getEndpoint("aivoice:ringly:call?fromNumber=+12025550143");
        assertThat(endpoint.getConfiguration().getFromNumber()).isEqualTo("+12025550143");

        AiVoiceEndpoint raw = (AiVoiceEndpoint) context.getEndpoint("aivoice:ringly:call?fromNumber=RAW(+12025550144)");
        assertThat(raw.getConfiguration().getFromNumber()).isEqualTo("+12025550144");
    }

    @Test
    void consumerOnAProducerOnlyApiFailsListingTheConsumerApis() {
        Endpoint endpoint = context.getEndpoint("aivoice:ringly:call?apiKey=k");
        assertThatThrownBy(() -> endpoint.createConsumer(exchange -> {
        })).hasMessageContaining("aivoice:ringly:call is producer-only")
                .hasMessageContaining("Consumer apis of ringly: none");

        Endpoint ringg = context.getEndpoint("aivoice:ringg:campaign?apiKey=k");
        assertThatThrownBy(() -> ringg.createConsumer(exchange -> {
        })).hasMessageContaining("Consumer apis of ringg: events");
    }

    @Test
    void routeConsumingFromAProducerOnlyApiFailsToStart() throws Exception {
        CamelContext other = new DefaultCamelContext();
        other.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("aivoice:ringg:call?apiKey=k").to("log:x");
            }
        });
        assertThatThrownBy(other::start).hasStackTraceContaining("aivoice:ringg:call is producer-only");
        other.close();
    }

    @Test
    void producerOnTheEventsApiFailsListingTheProducerApis() {
        Endpoint endpoint = context.getEndpoint("aivoice:ringg:events?apiKey=k");
        assertThatThrownBy(endpoint::createProducer)
                .hasMessageContaining("aivoice:ringg:events is consumer-only")
                .hasMessageContaining("call, campaign, agent, number, workspace, analytics");
    }

    @Test
    void producerWithoutApiKeyFailsSayingWhereToSetIt() {
        Endpoint endpoint = context.getEndpoint("aivoice:ringly:call");
        assertThatThrownBy(endpoint::createProducer)
                .hasMessageContaining("needs an apiKey")
                .hasMessageContaining("aivoice component's apiKey");
    }

    @Test
    void componentOptionsAreEveryEndpointsDefaultsAndEndpointOptionsWin() {
        AiVoiceComponent component = context.getComponent("aivoice", AiVoiceComponent.class);
        component.getConfiguration().setApiKey("component-key");
        component.getConfiguration().setAgentId("component_agent");

        AiVoiceEndpoint endpoint = (AiVoiceEndpoint) context.getEndpoint("aivoice:ringly:call?agentId=endpoint_agent");

        assertThat(endpoint.getConfiguration().getApiKey()).isEqualTo("component-key");
        assertThat(endpoint.getConfiguration().getAgentId()).isEqualTo("endpoint_agent");
        assertThat(component.getConfiguration().getAgentId()).isEqualTo("component_agent");
    }

    @Test
    void durationOptionsAcceptCamelDurationSyntax() {
        AiVoiceEndpoint endpoint = (AiVoiceEndpoint) context.getEndpoint(
                "aivoice:ringly:call?connectTimeout=2s&requestTimeout=1m30s");

        assertThat(endpoint.getConfiguration().getConnectTimeout()).isEqualTo(2_000);
        assertThat(endpoint.getConfiguration().getRequestTimeout()).isEqualTo(90_000);
    }

    @Test
    void endpointUriAndToStringNeverShowTheApiKey() {
        Endpoint endpoint = context.getEndpoint("aivoice:ringly:call?apiKey=super-secret-key-42");

        assertThat(endpoint.toString()).doesNotContain("super-secret-key-42");
        context.getEndpointRegistry().values()
                .forEach(e -> assertThat(e.toString()).doesNotContain("super-secret-key-42"));
    }
}
