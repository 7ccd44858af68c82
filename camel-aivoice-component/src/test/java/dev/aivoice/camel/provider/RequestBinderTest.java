package dev.aivoice.camel.provider;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import dev.aivoice.camel.AiVoiceConfiguration;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.AiVoiceValidationException;
import dev.aivoice.camel.http.ApiRequest;
import dev.aivoice.camel.ringg.RinggProvider;
import dev.aivoice.camel.ringg.model.RinggCallRequest;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static dev.aivoice.camel.provider.OperationField.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one request binder: a field takes the endpoint option, then the body (typed request, Map of wire names or JSON
 * text), then the header; a missing header or option never erases it; a name the operation does not accept is
 * refused before anything is sent; result headers reach the message even when the operation fails.
 */
class RequestBinderTest {

    final DefaultCamelContext camel = new DefaultCamelContext();
    final AiVoiceConfiguration options = new AiVoiceConfiguration();
    final List<ApiRequest> sent = new ArrayList<>();
    final OperationContext context = new OperationContext(new RinggProvider(), "call", "create", options,
            Clock.systemUTC(), operation -> request -> {
                sent.add(request);
                return CompletableFuture.failedFuture(new IllegalStateException("not sent in this test"));
            });
    final Operation operation = Operation.of("call", "create", "POST", "/test", (request, ctx) -> null)
            .request(RinggCallRequest.class, Operation.Body.FIELDS)
            .accepts(List.of("agent_id", "name", "voice_id"), "is not a test field; allowed fields: ")
            .fields(field("agent_id").header(AiVoiceConstants.AGENT_ID).option(AiVoiceConfiguration::getAgentId),
                    field("limit").header(AiVoiceConstants.LIMIT, Integer.class)
                            .option(AiVoiceConfiguration::getLimit));

    BoundRequest bind(Object body, String header) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setBody(body);
        exchange.getMessage().setHeader(AiVoiceConstants.AGENT_ID, header);
        return RequestBinder.bind(operation, exchange, context, new OperationResult());
    }

    @Test
    void theHeaderBeatsTheBodyWhichBeatsTheOption() {
        options.setAgentId("from-option");
        assertThat(bind(Map.of("agent_id", "from-body"), "from-header").get("agent_id")).isEqualTo("from-header");
        assertThat(bind(Map.of("agent_id", "from-body"), null).get("agent_id")).isEqualTo("from-body");
        assertThat(bind(null, null).get("agent_id")).isEqualTo("from-option");
        assertThat(bind(null, "from-header").fields()).containsEntry("agent_id", "from-header");
    }

    @Test
    void aMissingHeaderOrOptionNeverErasesAField() {
        Map<String, Object> withNull = new LinkedHashMap<>();
        withNull.put("agent_id", null);
        withNull.put("name", "Asha");
        options.setAgentId("from-option");
        BoundRequest nullInBody = bind(withNull, null);
        assertThat(nullInBody.get("agent_id")).isEqualTo("from-option");
        assertThat(nullInBody.fields()).containsEntry("agent_id", "from-option").containsEntry("name", "Asha");

        options.setAgentId(null);
        assertThat(bind(Map.of("agent_id", "from-body"), null).fields()).containsEntry("agent_id", "from-body");
        assertThat(bind(Map.of("agent_id", "from-body"), "  ").get("agent_id")).isEqualTo("from-body");
        assertThat(bind(null, null).fields()).doesNotContainKey("agent_id");
    }

    @Test
    void aTypedRequestAMapAndJsonTextBindTheSameFields() {
        RinggCallRequest typed = new RinggCallRequest().setName("Asha").setAgentId("a-1");
        Map<String, Object> fromTyped = bind(typed, null).bodyFields();
        Map<String, Object> fromMap = bind(Map.of("name", "Asha", "agent_id", "a-1"), null).bodyFields();
        Map<String, Object> fromJson = bind("{\"name\": \"Asha\", \"agent_id\": \"a-1\"}", null).bodyFields();
        assertThat(fromTyped).containsEntry("name", "Asha").containsEntry("agent_id", "a-1").hasSize(2);
        assertThat(fromMap).isEqualTo(fromTyped);
        assertThat(fromJson).isEqualTo(fromTyped);
    }

    @Test
    void aNameTheOperationDoesNotAcceptIsRefusedNamingIt() {
        assertThatThrownBy(() -> bind(Map.of("agent_id", "a-1", "mobile", "+14155550101"), null))
                .isInstanceOfSatisfying(AiVoiceValidationException.class,
                        e -> assertThat(e.getField()).isEqualTo("mobile"))
                .hasMessageContaining("is not a test field; allowed fields: agent_id, name, voice_id");
    }

    @Test
    void aWholeNumberHeaderThatIsNotANumberIsRefusedNamingTheHeader() {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setHeader(AiVoiceConstants.LIMIT, "ten");
        assertThatThrownBy(() -> RequestBinder.bind(operation, exchange, context, new OperationResult()))
                .isInstanceOfSatisfying(AiVoiceValidationException.class,
                        e -> assertThat(e.getField()).isEqualTo(AiVoiceConstants.LIMIT))
                .hasMessageContaining("must be a whole number; was 'ten'");
        exchange.getMessage().setHeader(AiVoiceConstants.LIMIT, "7");
        assertThat(RequestBinder.bind(operation, exchange, context, new OperationResult()).get("limit")).isEqualTo(7);
    }

    @Test
    void resultHeadersReachTheMessageAlsoWhenTheOperationFails() throws Exception {
        Operation failing = Operation.of("campaign", "start", "POST", "/test", (request, ctx) -> {
            request.result().header(AiVoiceConstants.LIST_ID, "l-1").header(AiVoiceConstants.TOTAL, null);
            return ctx.send(ctx.request("POST", "/test", null).build());
        });
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setHeader(AiVoiceConstants.TOTAL, 3);
        exchange.getMessage().setBody("unchanged");
        CompletableFuture<Void> done = failing.handle(exchange, context).toCompletableFuture();
        assertThatThrownBy(() -> done.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasRootCauseMessage("not sent in this test");
        assertThat(sent).hasSize(1);
        assertThat(exchange.getMessage().getHeader(AiVoiceConstants.LIST_ID)).isEqualTo("l-1");
        assertThat(exchange.getMessage().getHeaders()).doesNotContainKey(AiVoiceConstants.TOTAL);
        assertThat(exchange.getMessage().getBody()).isEqualTo("unchanged");
    }

    @Test
    void theAnswerBecomesTheBody() throws Exception {
        Operation answering = Operation.of("call", "get", "GET", "/test",
                (request, ctx) -> CompletableFuture.completedFuture("answer of " + request.get("agent_id")))
                .fields(field("agent_id").header(AiVoiceConstants.AGENT_ID));
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setHeader(AiVoiceConstants.AGENT_ID, "a-7");
        answering.handle(exchange, context).toCompletableFuture().get(5, TimeUnit.SECONDS);
        assertThat(exchange.getMessage().getBody()).isEqualTo("answer of a-7");
        assertThat(sent).isEmpty();
    }
}
