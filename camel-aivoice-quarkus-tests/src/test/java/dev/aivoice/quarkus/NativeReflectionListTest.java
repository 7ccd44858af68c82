package dev.aivoice.quarkus;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.aivoice.camel.AiVoiceComponent;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps {@link AiVoiceNativeReflection} in step with the component: every class of the component jar that carries a
 * Jackson annotation, and every custom (de)serializer of the component those annotations name, is registered; and
 * nothing else.
 */
class NativeReflectionListTest {

    @Test
    void reflectionListNamesExactlyTheComponentsJacksonMappedClasses() throws Exception {
        Set<String> jacksonMapped = new TreeSet<>();
        for (String className : componentClassNames()) {
            Class<?> type = Class.forName(className, false, getClass().getClassLoader());
            List<Annotation> annotations;
            try {
                annotations = annotationsOf(type);
            } catch (NoClassDefFoundError optionalDependency) {
                // Micrometer is optional (this app has none): only the metrics classes use it, none is Jackson-mapped
                assertThat(type.getPackageName()).as(className + " needs " + optionalDependency.getMessage())
                        .isEqualTo("dev.aivoice.camel.metrics");
                continue;
            }
            for (Annotation annotation : annotations) {
                if (annotation.annotationType().getName().startsWith("com.fasterxml.jackson.")) {
                    jacksonMapped.add(type.getName());
                }
                jacksonMapped.addAll(componentClassesNamedBy(annotation));
            }
        }
        Set<String> registered = new TreeSet<>();
        RegisterForReflection list = AiVoiceNativeReflection.class.getAnnotation(RegisterForReflection.class);
        for (Class<?> target : list.targets()) {
            registered.add(target.getName());
        }
        registered.addAll(Arrays.asList(list.classNames()));

        assertThat(jacksonMapped).as("the component's Jackson-mapped classes").hasSizeGreaterThan(20);
        assertThat(registered).containsExactlyInAnyOrderElementsOf(jacksonMapped);
    }

    private static List<Annotation> annotationsOf(Class<?> type) {
        List<AnnotatedElement> elements = new ArrayList<>(List.of(type));
        elements.addAll(Arrays.asList(type.getDeclaredFields()));
        elements.addAll(Arrays.asList(type.getDeclaredMethods()));
        elements.addAll(Arrays.asList(type.getDeclaredConstructors()));
        List<Annotation> annotations = new ArrayList<>();
        for (AnnotatedElement element : elements) {
            annotations.addAll(Arrays.asList(element.getDeclaredAnnotations()));
            if (element instanceof Executable executable) {
                Arrays.stream(executable.getParameterAnnotations()).forEach(a -> annotations.addAll(Arrays.asList(a)));
            }
        }
        return annotations;
    }

    private static List<String> componentClassesNamedBy(Annotation annotation) {
        Stream<Class<?>> named = Stream.empty();
        if (annotation instanceof JsonDeserialize deserialize) {
            named = Stream.of(deserialize.using(), deserialize.contentUsing(), deserialize.keyUsing());
        } else if (annotation instanceof JsonSerialize serialize) {
            named = Stream.of(serialize.using(), serialize.contentUsing(), serialize.keyUsing());
        }
        return named.map(Class::getName).filter(name -> name.startsWith("dev.aivoice.camel.")).toList();
    }

    /** Every class of the component's jar (or classes folder, when run before packaging). */
    private static List<String> componentClassNames() throws IOException, URISyntaxException {
        Path location = Path.of(AiVoiceComponent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> entries;
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                entries = files.map(file -> location.relativize(file).toString().replace('\\', '/')).toList();
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                entries = jar.stream().map(entry -> entry.getName()).toList();
            }
        }
        return entries.stream()
                .filter(name -> name.startsWith("dev/aivoice/camel/") && name.endsWith(".class"))
                .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                .toList();
    }
}
