package dev.aivoice.camel.springboot;

import dev.aivoice.camel.AiVoiceComponent;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Applies {@code camel.component.aivoice.*} to the {@code aivoice} component when Camel creates it, as Camel's own
 * starters do: {@code camel.component.aivoice.enabled=false} (or {@code camel.component.enabled=false}) turns it
 * off, {@code camel.component.aivoice.customizer.enabled=false} leaves the component as the application built it.
 */
@AutoConfiguration(after = { CamelAutoConfiguration.class, AiVoiceComponentConverter.class })
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, AiVoiceComponentConfiguration.class })
@ConditionalOnHierarchicalProperties({ "camel.component", "camel.component.aivoice" })
public class AiVoiceComponentAutoConfiguration {

    private final ApplicationContext applicationContext;
    private final AiVoiceComponentConfiguration configuration;

    public AiVoiceComponentAutoConfiguration(ApplicationContext applicationContext,
                                             AiVoiceComponentConfiguration configuration) {
        this.applicationContext = applicationContext;
        this.configuration = configuration;
    }

    @Lazy
    @Bean
    public ComponentCustomizer configureAiVoiceComponent() {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                // every non-null property, set through the component's generated configurer (no reflection)
                CamelPropertiesHelper.copyProperties(target.getCamelContext(), configuration, target);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                        "camel.component.aivoice.customizer")
                       && target instanceof AiVoiceComponent;
            }
        };
    }
}
