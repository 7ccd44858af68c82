package dev.aivoice.examples.readme;

import java.util.Map;

import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.AiVoiceDuplicateCallException;
import dev.aivoice.sandbox.junit.SandboxExtension;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's duplicate-dial guard snippet, as written: the same lead sent twice rings once. */
class DuplicateDialSnippetTest extends CamelTestSupport {

    @RegisterExtension
    static final SandboxExtension SANDBOX = SnippetSandbox.ringlySnippetSandbox();

    @BindToRegistry("callKeys")   // in production a JdbcMessageIdRepository or another shared store
    IdempotentRepository callKeys = MemoryIdempotentRepository.memoryIdempotentRepository(1000);

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SnippetSandbox.addRinglyComponent(context, SANDBOX.sandbox());
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // snippet: duplicate-dial
                onException(AiVoiceDuplicateCallException.class).handled(true)
                    .log("Lead ${header.leadId} was already called: skipped");

                from("direct:leads")
                    .setHeader(AiVoiceConstants.TO_NUMBER, simple("${body[phone]}"))
                    .setBody(constant(null))
                    .to("aivoice:ringly:call?agentId=agent_7f3c9a&fromNumber=RAW(+12025550143)"
                        + "&idempotencyKey=${header.leadId}&idempotentRepository=#callKeys");
                // end-snippet
            }
        };
    }

    @Test
    void sameLeadSentTwiceIsCalledOnceAndTheSecondIsSkipped() {
        Exchange first = template.request("direct:leads", e -> {
            e.getMessage().setHeader("leadId", "L-42");
            e.getMessage().setBody(Map.of("phone", "+14155550199"));
        });
        Exchange second = template.request("direct:leads", e -> {
            e.getMessage().setHeader("leadId", "L-42");
            e.getMessage().setBody(Map.of("phone", "+14155550199"));
        });

        assertThat(first.getException()).isNull();
        assertThat(second.getException()).isNull();   // handled by the onException above
        assertThat(second.getProperty(Exchange.EXCEPTION_CAUGHT)).isInstanceOf(AiVoiceDuplicateCallException.class);
        assertThat(SANDBOX.sandbox().callsTo("+14155550199")).hasSize(1);
        assertThat(callKeys.contains("ringly:call/create:L-42")).isTrue();
    }
}
