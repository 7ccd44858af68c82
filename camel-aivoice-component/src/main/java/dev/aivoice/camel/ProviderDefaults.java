package dev.aivoice.camel;

/**
 * The component's per-provider defaults ({@code ringlyApiKey}, {@code ringgBaseUrl}, ...): an application using both
 * providers needs two keys, while the component's single {@code apiKey} would send one provider's key to the other.
 * Applied to an endpoint's copy of the component configuration before the endpoint's own options, so the order is:
 * endpoint option, then per-provider component option, then the component's {@code apiKey}/{@code baseUrl}.
 */
final class ProviderDefaults {

    private final AiVoiceComponent component;

    ProviderDefaults(AiVoiceComponent component) {
        this.component = component;
    }

    AiVoiceConfiguration applyTo(String provider, AiVoiceConfiguration copy) {
        String apiKey = null;
        String baseUrl = null;
        if ("ringly".equals(provider)) {
            apiKey = component.getRinglyApiKey();
            baseUrl = component.getRinglyBaseUrl();
        } else if ("ringg".equals(provider)) {
            apiKey = component.getRinggApiKey();
            baseUrl = component.getRinggBaseUrl();
        }
        if (apiKey != null && !apiKey.isBlank()) {
            copy.setApiKey(apiKey);
        }
        if (baseUrl != null && !baseUrl.isBlank()) {
            copy.setBaseUrl(baseUrl);
        }
        return copy;
    }
}
