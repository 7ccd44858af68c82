package dev.aivoice.sandbox.junit;

import java.util.function.Consumer;

import dev.aivoice.sandbox.ProviderSandbox;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts a {@link ProviderSandbox} once for a test class, resets it before each test (requests, faults, calls,
 * deliveries) and stops it after the class. Test and lifecycle methods may take a {@code ProviderSandbox} parameter,
 * or a {@code String} parameter annotated {@link SandboxUrl} for a provider's base URL.
 *
 * <pre>
 * &#64;ExtendWith(SandboxExtension.class)                       // defaults
 * class MyRouteTest { ... void test(ProviderSandbox sandbox, &#64;SandboxUrl(RINGG) String ringg) ... }
 *
 * &#64;RegisterExtension                                         // configured
 * static final SandboxExtension SANDBOX = SandboxExtension.with(b -&gt; b.outcome("13", CallOutcome.notAnswered()));
 * ... SANDBOX.sandbox().ringgBaseUrl() ...
 * </pre>
 */
public final class SandboxExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        ParameterResolver {

    private final Consumer<ProviderSandbox.Builder> configuration;
    private ProviderSandbox sandbox;
    private String ownerId;

    /** A sandbox with the defaults. */
    public SandboxExtension() {
        this(builder -> {
        });
    }

    private SandboxExtension(Consumer<ProviderSandbox.Builder> configuration) {
        this.configuration = configuration;
    }

    /** A sandbox configured through its builder. */
    public static SandboxExtension with(Consumer<ProviderSandbox.Builder> configuration) {
        return new SandboxExtension(configuration);
    }

    /** The running sandbox. */
    public ProviderSandbox sandbox() {
        if (sandbox == null) {
            throw new IllegalStateException("the sandbox runs only while the test class runs");
        }
        return sandbox;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        startIfNeeded(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (sandbox == null) {
            startIfNeeded(context); // registered on an instance field: no beforeAll
        } else {
            sandbox.reset();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (sandbox != null && context.getUniqueId().equals(ownerId)) {
            sandbox.close();
            sandbox = null;
            ownerId = null;
        }
    }

    private void startIfNeeded(ExtensionContext context) {
        if (sandbox == null) {
            ProviderSandbox.Builder builder = ProviderSandbox.builder();
            configuration.accept(builder);
            sandbox = builder.start();
            ownerId = context.getUniqueId();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == ProviderSandbox.class || (type == String.class && parameter.isAnnotated(SandboxUrl.class));
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        startIfNeeded(context);
        if (parameter.getParameter().getType() == ProviderSandbox.class) {
            return sandbox;
        }
        SandboxUrl url = parameter.findAnnotation(SandboxUrl.class).orElseThrow();
        return url.value() == SandboxUrl.Provider.RINGLY ? sandbox.ringlyBaseUrl() : sandbox.ringgBaseUrl();
    }
}
