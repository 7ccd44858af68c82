package dev.aivoice.camel.benchmarks;

import dev.aivoice.camel.AiVoiceConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * The two Camel contenders for one {@link CallSpec}: the hand-written route a user would otherwise write
 * ({@code direct -> marshal json -> camel-http -> unmarshal json}) and the same through the aivoice component.
 */
public final class CamelCallRoutes {

    private final CallSpec spec;
    private final ProducerTemplate template;

    public CamelCallRoutes(CamelContext context, CallSpec spec) throws Exception {
        this.spec = spec;
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(camelHttpEndpoint()).routeId("camel-http-" + spec.provider())
                        .marshal().json(JsonLibrary.Jackson)
                        .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                        .setHeader(spec.authHeader(), constant(spec.apiKey()))
                        .setHeader("Accept", constant("application/json"))
                        .to(spec.url())
                        .unmarshal().json(JsonLibrary.Jackson, spec.answerType());
                from(aivoiceEndpoint()).routeId("aivoice-" + spec.provider())
                        .to(spec.aivoiceUri());
                from(aivoiceSynchronousEndpoint()).routeId("aivoice-synchronous-" + spec.provider())
                        .to(spec.aivoiceUri() + "&synchronous=true");
            }
        });
        this.template = context.createProducerTemplate();
    }

    private String camelHttpEndpoint() {
        return "direct:camel-http-" + spec.provider();
    }

    private String aivoiceEndpoint() {
        return "direct:aivoice-" + spec.provider();
    }

    private String aivoiceSynchronousEndpoint() {
        return "direct:aivoice-synchronous-" + spec.provider();
    }

    public Call camelHttp() {
        return () -> spec.check(spec.statusOf().apply(template.requestBody(camelHttpEndpoint(), spec.request().get())));
    }

    public Call aivoice() {
        return through(aivoiceEndpoint());
    }

    /** The component with {@code synchronous=true}: the caller's thread sends, as in the camel-http route. */
    public Call aivoiceSynchronous() {
        return through(aivoiceSynchronousEndpoint());
    }

    private Call through(String endpoint) {
        return () -> {
            Exchange done = template.request(endpoint, exchange -> exchange.getMessage().setBody(spec.request().get()));
            if (done.getException() != null) {
                throw done.getException();
            }
            spec.check(done.getMessage().getHeader(AiVoiceConstants.CALL_STATUS, String.class));
        };
    }
}
