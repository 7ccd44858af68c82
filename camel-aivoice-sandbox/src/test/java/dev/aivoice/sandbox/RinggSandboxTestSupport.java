package dev.aivoice.sandbox;

import dev.aivoice.sandbox.junit.SandboxExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One default sandbox per test class (reset before each test) and a Ringg client with the default key. */
abstract class RinggSandboxTestSupport {

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();

    ProviderSandbox sandbox;
    SandboxClient ringg;

    @BeforeEach
    void client(ProviderSandbox sandbox) {
        this.sandbox = sandbox;
        ringg = SandboxClient.ringg(sandbox);
    }
}
