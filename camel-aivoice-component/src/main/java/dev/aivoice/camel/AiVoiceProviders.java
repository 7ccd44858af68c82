package dev.aivoice.camel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import dev.aivoice.camel.provider.AiVoiceProvider;
import dev.aivoice.camel.ringg.RinggProvider;
import dev.aivoice.camel.ringly.RinglyProvider;

/**
 * The providers the component knows, by URI name: one line per built-in provider, then any found through
 * {@code META-INF/services/dev.aivoice.camel.provider.AiVoiceProvider} (a provider in its own jar, a test provider).
 * It lives with the component, so the SPI package ({@code provider/}) knows no implementation.
 */
public final class AiVoiceProviders {

    private static final Map<String, AiVoiceProvider> PROVIDERS = new LinkedHashMap<>();

    static {
        register(new RinglyProvider());
        register(new RinggProvider());
        for (AiVoiceProvider extra : ServiceLoader.load(AiVoiceProvider.class, AiVoiceProviders.class.getClassLoader())) {
            PROVIDERS.putIfAbsent(extra.name(), extra);
        }
    }

    private AiVoiceProviders() {
    }

    private static void register(AiVoiceProvider provider) {
        PROVIDERS.put(provider.name(), provider);
    }

    /** The provider of that name, or an {@link IllegalArgumentException} listing the valid names. */
    public static AiVoiceProvider provider(String name) {
        AiVoiceProvider provider = PROVIDERS.get(name);
        if (provider == null) {
            throw new IllegalArgumentException(
                    "Unknown aivoice provider '" + name + "'. Valid providers: " + String.join(", ", names()));
        }
        return provider;
    }

    public static List<String> names() {
        return new ArrayList<>(PROVIDERS.keySet());
    }
}
