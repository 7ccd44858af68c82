package dev.aivoice.camel.http;

import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.aivoice.camel.test.RecordingHttpServer;
import dev.aivoice.camel.test.RecordingHttpServer.Answer;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.io.CloseMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Both ways of sending give the same answer: on sender threads the answer arrives on one of them. */
class HttpTransportTest {

    static RecordingHttpServer server;
    static ExecutorService senders;
    static ScheduledExecutorService timer;
    static CloseableHttpClient client;

    @BeforeAll
    static void start() throws Exception {
        server = new RecordingHttpServer().answerAlways(Answer.json(200, "{\"call_status\": \"registered\"}"));
        senders = Executors.newFixedThreadPool(2, task -> new Thread(task, "test-sender"));
        timer = Executors.newSingleThreadScheduledExecutor();
        client = HttpClientFactory.build(new ClientSettings("test", 4, 2_000, null, -1, null, null, null, null));
    }

    @AfterAll
    static void stop() throws Exception {
        client.close(CloseMode.IMMEDIATE);
        server.close();
        senders.shutdown();
        timer.shutdownNow();
        senders.awaitTermination(5, TimeUnit.SECONDS);
    }

    static ApiRequest post() {
        return ApiRequest.builder("POST", URI.create(server.baseUrl() + "/call")).jsonBody("{}".getBytes()).build();
    }

    @Test
    void senderThreadsSendBlockingAndCompleteOnThoseThreads() throws Exception {
        HttpTransport transport = new HttpTransport(client, 5_000, 1 << 20, senders, timer);

        String completedOn = transport.send(post())
                .thenApply(answer -> answer.status() + " " + answer.bodyAsString() + " on " + Thread.currentThread().getName())
                .get(10, TimeUnit.SECONDS);

        assertThat(completedOn).isEqualTo("200 {\"call_status\": \"registered\"} on test-sender");
    }

    @Test
    void withoutSenderThreadsTheCallersThreadSendsAndGetsTheSameAnswer() throws Exception {
        HttpTransport transport = new HttpTransport(client, 5_000, 1 << 20, null, timer);

        var sent = transport.send(post());

        assertThat(sent).isDone();
        assertThat(sent.get().status()).isEqualTo(200);
        assertThat(sent.get().bodyAsString()).isEqualTo("{\"call_status\": \"registered\"}");
    }

    @Test
    void refusedConnectionFailsTheFutureOnTheSenderThreadPath() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        HttpTransport transport = new HttpTransport(client, 5_000, 1 << 20, senders, timer);

        Throwable failure = transport.send(ApiRequest.builder("GET", URI.create("http://127.0.0.1:" + closedPort + "/x")).build())
                .handle((answer, error) -> error).get(10, TimeUnit.SECONDS);

        assertThat(failure).isNotNull();
        assertThat(ConnectionFailures.mayHaveReachedProvider(failure)).isFalse();
    }
}
