package dev.aivoice.camel.http;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import dev.aivoice.camel.test.RecordingHttpServer;
import dev.aivoice.camel.test.RecordingHttpServer.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Both ways of sending give the same answer; with sender threads the answer arrives on one of them. */
class HttpTransportTest {

    static RecordingHttpServer server;
    static ExecutorService senders;

    @BeforeAll
    static void start() throws Exception {
        server = new RecordingHttpServer().answerAlways(Answer.json(200, "{\"call_status\": \"registered\"}"));
        senders = Executors.newFixedThreadPool(2, task -> new Thread(task, "test-sender"));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        senders.shutdown();
        senders.awaitTermination(5, TimeUnit.SECONDS);
    }

    static ApiRequest post() {
        return ApiRequest.builder("POST", URI.create(server.baseUrl() + "/call")).jsonBody("{}".getBytes()).build();
    }

    @Test
    void senderThreadsSendBlockingAndCompleteOnThoseThreads() throws Exception {
        HttpTransport transport = new HttpTransport(HttpTransport.newClient(Duration.ofSeconds(2)),
                Duration.ofSeconds(5), senders);

        String completedOn = transport.send(post())
                .thenApply(answer -> answer.status() + " " + answer.bodyAsString() + " on " + Thread.currentThread().getName())
                .get(10, TimeUnit.SECONDS);

        assertThat(completedOn).isEqualTo("200 {\"call_status\": \"registered\"} on test-sender");
    }

    @Test
    void withoutSenderThreadsTheAsyncClientGivesTheSameAnswer() throws Exception {
        HttpTransport transport = new HttpTransport(HttpTransport.newClient(Duration.ofSeconds(2)),
                Duration.ofSeconds(5));

        ApiResponse answer = transport.send(post()).get(10, TimeUnit.SECONDS);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.bodyAsString()).isEqualTo("{\"call_status\": \"registered\"}");
    }

    @Test
    void refusedConnectionFailsTheFutureOnTheSenderThreadPath() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        HttpTransport transport = new HttpTransport(HttpTransport.newClient(Duration.ofSeconds(2)),
                Duration.ofSeconds(5), senders);

        Throwable failure = transport.send(ApiRequest.builder("GET", URI.create("http://127.0.0.1:" + closedPort + "/x")).build())
                .handle((answer, error) -> error).get(10, TimeUnit.SECONDS);

        assertThat(failure).isNotNull();
        assertThat(ConnectionFailures.mayHaveReachedProvider(failure)).isFalse();
    }
}
