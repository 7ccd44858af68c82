package dev.aivoice.camel.springboot;

import dev.aivoice.camel.AiVoiceComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** Camel's starter switches on the aivoice auto-configuration: enabled, customizer.enabled, bean references. */
class StarterSwitchesTest {

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class, AiVoiceComponentConverter.class,
                    AiVoiceComponentAutoConfiguration.class))
            .withBean("callKeys", IdempotentRepository.class, () -> MemoryIdempotentRepository.memoryIdempotentRepository(10))
            .withPropertyValues("camel.component.aivoice.ringg-api-key=ringg-key",
                    "camel.component.aivoice.lazy-start-producer=true",
                    "camel.component.aivoice.idempotent-repository=#callKeys",
                    "camel.component.aivoice.retry-delay=750");

    @Test
    void propertiesIncludingBeanReferencesAndPlainMillisecondsReachTheComponent() {
        runner.run(context -> {
            AiVoiceComponent aivoice = context.getBean(CamelContext.class).getComponent("aivoice", AiVoiceComponent.class);
            assertThat(aivoice.getRinggApiKey()).isEqualTo("ringg-key");
            assertThat(aivoice.isLazyStartProducer()).isTrue();
            assertThat(aivoice.getConfiguration().getIdempotentRepository()).isSameAs(context.getBean("callKeys"));
            assertThat(aivoice.getConfiguration().getRetryDelay()).isEqualTo(750);
        });
    }

    @Test
    void customizerSwitchedOffLeavesTheComponentAsBuilt() {
        runner.withPropertyValues("camel.component.aivoice.customizer.enabled=false").run(context -> {
            AiVoiceComponent aivoice = context.getBean(CamelContext.class).getComponent("aivoice", AiVoiceComponent.class);
            assertThat(aivoice.getRinggApiKey()).isNull();
            assertThat(aivoice.isLazyStartProducer()).isFalse();
        });
    }

    @Test
    void enabledFalseTurnsTheAutoConfigurationOff() {
        runner.withPropertyValues("camel.component.aivoice.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(AiVoiceComponentAutoConfiguration.class);
            AiVoiceComponent aivoice = context.getBean(CamelContext.class).getComponent("aivoice", AiVoiceComponent.class);
            assertThat(aivoice.getRinggApiKey()).isNull();
        });
    }
}
