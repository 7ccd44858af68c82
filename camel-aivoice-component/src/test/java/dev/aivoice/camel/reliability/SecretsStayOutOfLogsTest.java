package dev.aivoice.camel.reliability;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import dev.aivoice.camel.AiVoiceAuthenticationException;
import dev.aivoice.camel.AiVoiceConfiguration;
import dev.aivoice.camel.AiVoiceConnectionException;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.AiVoiceDuplicateCallException;
import dev.aivoice.camel.AiVoiceRateLimitException;
import dev.aivoice.camel.AiVoiceValidationException;
import dev.aivoice.camel.test.ProviderServerTestSupport;
import dev.aivoice.camel.test.RecordingHttpServer.Answer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The API key and the webhook token never show in log output (DEBUG on for the component and for Camel: this class
 * runs in the surefire execution {@code secrets-with-debug-logging}), exception messages and stack traces, endpoint
 * {@code toString}, or the endpoint registry's URIs, across successful and failing calls. The provider even echoes
 * the secrets back in an error body. Enabled only where Camel's DEBUG logging is on, i.e. in that execution.
 */
@EnabledIfSystemProperty(named = "org.slf4j.simpleLogger.log.org.apache.camel", matches = "debug")
class SecretsStayOutOfLogsTest extends ProviderServerTestSupport {

    static final String KEY = "sk-live-7Hq2ZpX9wLmN4vR8";
    static final String PROPERTY_KEY = "sk-prop-Yt5Kd3Qa8Jn2Wx6C";
    static final String TOKEN = "whtok-Bf7Gs1Pe4Lu9Xc3V";
    static final String LITERAL_KEY = "sk-literal-Ze6Rm0Hb2Nq7Tj5D";
    /** Keys as read from a file or a Kubernetes secret: with a line end. No dash, so a JSON parser quotes them whole. */
    static final String LF_KEY = "skLf3Wq8Vn5Bz1Kc7Hy4";
    static final String CRLF_KEY = "skCrlf6Tm2Pd9Gs4Xa8J";

    static PrintStream originalErr;
    static PrintStream originalOut;
    static final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    final List<Exception> exceptions = new ArrayList<>();

    @BeforeAll
    static void captureConsole() {
        originalErr = System.err;
        originalOut = System.out;
        // slf4j-simple writes to whatever System.err is at the time of each log call
        System.setErr(new PrintStream(new Tee(originalErr), true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(new Tee(originalOut), true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void restoreConsole() {
        System.setErr(originalErr);
        System.setOut(originalOut);
    }

    @BeforeEach
    void answerOk() {
        server.answerAlways(Answer.json(200, "{\"call_status\": \"registered\"}"));
    }

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = new Properties();
        properties.setProperty("ringly.apiKey", PROPERTY_KEY);
        properties.setProperty("ringly.lfKey", LF_KEY + "\n");
        properties.setProperty("ringly.crlfKey", CRLF_KEY + "\r\n");
        return properties;
    }

    @Override
    protected void configure(AiVoiceConfiguration defaults) {
        defaults.setApiKey(KEY);
        defaults.setWebhookToken(TOKEN);
        defaults.setFromNumber("+12025550143");
        defaults.setAgentId("agent_x");
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // no onException: Camel's default error handler logs every failure, message history included
                from("direct:call").to("aivoice:ringly:call?maxRetries=1&retryDelay=10&requestTimeout=300");
                from("direct:property").to("aivoice:ringly:call?apiKey=#property:ringly.apiKey");
                from("direct:lf").to("aivoice:ringly:call?apiKey=#property:ringly.lfKey");
                from("direct:crlf").to("aivoice:ringly:call?apiKey=#property:ringly.crlfKey");
                from("direct:refused").to("aivoice:ringly:call?baseUrl=http://127.0.0.1:1&maxRetries=1&retryDelay=10");
            }
        };
    }

    @Test
    void noSecretInLogsOrExceptionsOfSuccessfulAndFailingCalls() {
        send("direct:call", null);
        server.enqueue(Answer.json(401, "{\"error_message\": \"API key " + KEY + " is missing or invalid (" + TOKEN
                                        + ")\"}"));
        expect(send("direct:call", null), AiVoiceAuthenticationException.class);
        server.enqueue(Answer.json(200, "{}").after(Duration.ofSeconds(1)));
        expect(send("direct:call", null), AiVoiceConnectionException.class);
        server.enqueue(Answer.json(429, "{}")).enqueue(Answer.json(429, "{}"));
        expect(send("direct:call", null), AiVoiceRateLimitException.class);
        expect(send("direct:refused", null), AiVoiceConnectionException.class);
        send("direct:call", "lead-1");
        expect(send("direct:call", "lead-1"), AiVoiceDuplicateCallException.class);
        expect(template.request("direct:call", e -> e.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, KEY)),
                AiVoiceValidationException.class);
        send("direct:property", null);

        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(LoggerFactory.getLogger("org.apache.camel.processor.SendProcessor").isDebugEnabled())
                .as("Camel DEBUG logging (surefire execution secrets-with-debug-logging)").isTrue();
        assertThat(log).contains("DEBUG dev.aivoice.camel.http.HttpTransport - Sending POST")
                .contains("retrying in").contains("DEBUG org.apache.camel")
                .contains("ERROR org.apache.camel.processor.errorhandler.DefaultErrorHandler")
                .contains("API key *** is missing or invalid (***)");
        assertThat(log).doesNotContain(KEY).doesNotContain(TOKEN);
        // Camel's own properties parser prints every value it resolves at DEBUG, {{...}} and #property: alike:
        // that line, outside the component, is the only one allowed to show the property-held key
        assertThat(log.lines().filter(line -> line.contains(PROPERTY_KEY)))
                .isNotEmpty()
                .allMatch(line -> line.contains("DEBUG org.apache.camel.component.properties.DefaultPropertiesParser"));
        assertThat(exceptions).hasSize(6);
        for (Exception exception : exceptions) {
            assertThat(exception.getMessage() + exception + stackTrace(exception))
                    .doesNotContain(KEY).doesNotContain(TOKEN);
        }
        // the keys were really used
        assertThat(server.requests().get(0).header("Authorization")).isEqualTo(KEY);
        assertThat(server.requests().get(server.requests().size() - 1).header("Authorization")).isEqualTo(PROPERTY_KEY);
    }

    /**
     * A key ending in {@code \n} or {@code \r\n} is sent stripped, and neither it nor a prefix of it shows anywhere,
     * even when the provider answers 200 with a body that starts with the key (a JSON parser quotes it in its
     * complaint, which becomes the exception's cause).
     */
    @Test
    void keyWithLineEndIsSentStrippedAndNeverShowsInMessagesCausesOrLogs() {
        for (String[] keyAndRoute : new String[][] { { LF_KEY, "direct:lf" }, { CRLF_KEY, "direct:crlf" } }) {
            String key = keyAndRoute[0];
            int before = server.requests().size();
            assertThat(send(keyAndRoute[1], null).getException()).isNull();
            assertThat(server.requests().get(before).header("Authorization")).isEqualTo(key);

            server.enqueue(Answer.text(200, "text/plain", key + "\r\nnot json"));
            expect(send(keyAndRoute[1], null), AiVoiceConnectionException.class);
            server.enqueue(Answer.json(401, "{\"error_message\": \"bad key " + key + "\\r\\n\"}"));
            expect(send(keyAndRoute[1], null), AiVoiceAuthenticationException.class);
        }

        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("ERROR org.apache.camel.processor.errorhandler.DefaultErrorHandler")
                .contains("HTTP 200 with a body that is not JSON");
        for (String key : new String[] { LF_KEY, CRLF_KEY }) {
            String prefix = key.substring(0, 8);
            // Camel's properties parser prints the value it resolves at DEBUG: the one line allowed to hold it
            assertThat(log.lines().filter(line -> line.contains(prefix)))
                    .allMatch(line -> line.contains("DEBUG org.apache.camel.component.properties.DefaultPropertiesParser"));
            for (Exception exception : exceptions) {
                assertThat(exception.getMessage() + exception + stackTrace(exception)).doesNotContain(prefix);
            }
        }
        assertThat(exceptions).hasSize(4);
        assertThat(stackTrace(exceptions.get(0))).contains("JsonParseException").contains("Unrecognized token '***'");
    }

    @Test
    void endpointToStringAndRegistryUrisHoldNoSecret() {
        send("direct:property", null);

        List<String> uris = new ArrayList<>();
        context.getEndpointRegistry().forEach((key, endpoint) -> {
            uris.add(key.toString());
            uris.add(endpoint.getEndpointUri());
            uris.add(endpoint.toString());
        });

        assertThat(uris).anyMatch(uri -> uri.contains("apiKey=#property:ringly.apiKey"));
        assertThat(String.join("\n", uris)).doesNotContain(KEY).doesNotContain(PROPERTY_KEY).doesNotContain(TOKEN);
    }

    @Test
    void literalKeyInTheUriIsMaskedInToStringAndWarnedAboutWithoutPrintingIt() {
        Endpoint endpoint = context.getEndpoint("aivoice:ringly:call?agentId=other&apiKey=" + LITERAL_KEY);

        assertThat(endpoint.toString()).doesNotContain(LITERAL_KEY).contains("apiKey=xxxxxx");
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("the apiKey is written in the endpoint URI, so Camel keeps it in its endpoint"
                                 + " registry");
        assertThat(log).doesNotContain(LITERAL_KEY);
    }

    @Test
    void invalidUriMessageHidesTheKey() {
        assertThatThrownBy(() -> context.getEndpoint("aivoice:ringly?apiKey=" + LITERAL_KEY))
                .satisfies(e -> assertThat(stackTrace(e)).contains("expected aivoice:provider:api")
                        .doesNotContain(LITERAL_KEY));
    }

    private Exchange send(String uri, String leadId) {
        return template.request(uri, e -> {
            e.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+14155550199");
            if (leadId != null) {
                e.getMessage().setHeader(AiVoiceConstants.IDEMPOTENCY_KEY, leadId);
            }
        });
    }

    private void expect(Exchange result, Class<? extends Exception> type) {
        assertThat(result.getException()).isInstanceOf(type);
        exceptions.add(result.getException());
    }

    private static String stackTrace(Throwable throwable) {
        StringWriter text = new StringWriter();
        throwable.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    /** Copies console output to the capture buffer and on to the real console. */
    private static final class Tee extends OutputStream {
        private final PrintStream console;

        Tee(PrintStream console) {
            this.console = console;
        }

        @Override
        public void write(int b) {
            synchronized (captured) {
                captured.write(b);
            }
            console.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            synchronized (captured) {
                captured.write(bytes, offset, length);
            }
            console.write(bytes, offset, length);
        }
    }
}
