package dev.aivoice.camel;

import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

/** The {@code aivoice} component: AI phone calls, campaigns and call events through Ringly.io and Ringg AI. */
@Component("aivoice")
public class AiVoiceComponent extends DefaultComponent {

    @Metadata(description = "Default options of every aivoice endpoint: set apiKey, baseUrl, agentId, ... once here.")
    private AiVoiceConfiguration configuration = new AiVoiceConfiguration();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        String[] parts = remaining.split(":", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw new IllegalArgumentException(
                    "Invalid aivoice URI '" + uri + "': expected aivoice:provider:api, e.g. aivoice:ringly:call"
                                               + " or aivoice:ringg:campaign");
        }
        AiVoiceEndpoint endpoint = new AiVoiceEndpoint(uri, this, parts[0], parts[1], configuration.copy());
        setProperties(endpoint, parameters);
        endpoint.validateAddress();
        return endpoint;
    }

    public AiVoiceConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(AiVoiceConfiguration configuration) {
        this.configuration = configuration;
    }
}
