package dev.aivoice.sandbox;

import dev.aivoice.sandbox.junit.SandboxExtension;
import dev.aivoice.sandbox.junit.SandboxUrl;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.aivoice.sandbox.junit.SandboxUrl.Provider.RINGG;
import static dev.aivoice.sandbox.junit.SandboxUrl.Provider.RINGLY;
import static org.assertj.core.api.Assertions.assertThat;

/** The JUnit 5 extension: one configured sandbox per class, injected, reset before each test. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SandboxExtensionTest {

    @RegisterExtension
    static final SandboxExtension SANDBOX = SandboxExtension.with(b -> b.ringgApiKey("my-key"));

    @Test
    @Order(1)
    void injectsTheRunningSandboxAndItsBaseUrls(ProviderSandbox sandbox, @SandboxUrl(RINGG) String ringg,
                                               @SandboxUrl(RINGLY) String ringly) throws Exception {
        assertThat(sandbox).isSameAs(SANDBOX.sandbox());
        assertThat(ringg).isEqualTo(sandbox.ringgBaseUrl()).startsWith("http://127.0.0.1:").endsWith("/ringg/ca/api/v0");
        assertThat(ringly).isEqualTo(sandbox.ringlyBaseUrl()).endsWith("/ringly/api/1.1/wf");
        int status = SandboxClient.ringg(sandbox).header("X-API-KEY", "my-key").get("/workspace").status();
        assertThat(status).as("the builder's key is accepted").isEqualTo(200);
        assertThat(sandbox.requests()).hasSize(1);
    }

    @Test
    @Order(2)
    void eachTestStartsWithAnEmptyRequestLog(ProviderSandbox sandbox) {
        assertThat(sandbox.requests()).isEmpty();
        assertThat(sandbox.calls()).isEmpty();
    }
}
