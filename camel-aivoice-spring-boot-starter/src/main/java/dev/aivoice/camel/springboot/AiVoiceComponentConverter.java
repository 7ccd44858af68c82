package dev.aivoice.camel.springboot;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Lets bean-typed options name a Spring bean, Camel style:
 * {@code camel.component.aivoice.idempotent-repository=#callKeys} (or {@code #bean:callKeys}).
 */
@Configuration(proxyBeanMethods = false)
@ConfigurationPropertiesBinding
public class AiVoiceComponentConverter implements GenericConverter {

    private final ApplicationContext applicationContext;

    public AiVoiceComponentConverter(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        Set<ConvertiblePair> pairs = new LinkedHashSet<>();
        for (Class<?> type : AiVoiceComponentConfiguration.BEAN_TYPES) {
            pairs.add(new ConvertiblePair(String.class, type));
        }
        return pairs;
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null || !source.toString().startsWith("#")) {
            return null;
        }
        String ref = source.toString();
        ref = ref.startsWith("#bean:") ? ref.substring(6) : ref.substring(1);
        return applicationContext.getBean(ref, targetType.getType());
    }
}
