package dev.aivoice.examples.readme;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aivoice.examples.readme.ReadmeSnippets.Block;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every code block of the README is a copy of a tested source: each java, yaml and properties block is tagged with
 * the file and region it comes from and equals that region; dependency blocks name this build's modules at its
 * version. Run with {@code -Dreadme.regenerate=true} to copy the regions into the README after changing a source. A
 * block no test can run must say so and why ({@code <!-- snippet: untested (reason) -->}); those are listed.
 */
class ReadmeSnippetsTest {

    static final Set<String> CODE = Set.of("java", "yaml", "properties");

    @Test
    void everyCodeBlockIsTaggedAndEqualsItsTestedSource() throws Exception {
        ReadmeSnippets snippets = new ReadmeSnippets(ReadmeSnippets.repositoryRoot());
        if (Boolean.getBoolean("readme.regenerate")) {
            snippets.regenerate();
            snippets = new ReadmeSnippets(snippets.root);
        }
        for (Block block : snippets.blocks()) {
            if (block.untested() != null) {
                System.out.println("README block no test runs: " + block.where() + ": " + block.untested());
            }
        }
        assertThat(snippets.problems(CODE)).as("README snippets").isEmpty();
        assertThat(snippets.blocks()).filteredOn(Block::tagged).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void aBlockThatDriftedFromItsSourceOrHasNoTagIsReported(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("src"));
        Files.writeString(root.resolve("src/Routes.java"), """
                class Routes {
                    void configure() {
                        // snippet: route
                        from("direct:a").to("aivoice:ringg:call");
                        // end-snippet
                    }
                }
                """);
        Files.writeString(root.resolve("README.md"), """
                <!-- snippet: src/Routes.java#route -->
                ```java
                from("direct:a").to("aivoice:ringly:call");
                ```

                ```java
                from("direct:b");
                ```

                <!-- snippet: untested (needs a broker) -->
                ```java
                from("jms:queue:leads");
                ```
                """);
        ReadmeSnippets snippets = new ReadmeSnippets(root);

        assertThat(snippets.problems(CODE)).hasSize(2).satisfiesExactly(
                drift -> assertThat(drift).contains("README.md line 2 differs from src/Routes.java#route")
                        .contains("from(\"direct:a\").to(\"aivoice:ringg:call\");"),
                untagged -> assertThat(untagged).contains("README.md line 6: a ```java block without"));

        snippets.regenerate();
        assertThat(new ReadmeSnippets(root).problems(CODE)).hasSize(1);   // only the untagged block is left
        assertThat(Files.readString(root.resolve("README.md"))).contains("to(\"aivoice:ringg:call\")");
    }

    @Test
    void dependencyBlocksNameModulesOfThisBuildAtItsVersion() throws Exception {
        ReadmeSnippets snippets = new ReadmeSnippets(ReadmeSnippets.repositoryRoot());
        String version = System.getProperty("project.version", "0.1.0-SNAPSHOT");
        Pattern dependency = Pattern.compile("<groupId>dev\\.aivoice</groupId>\\s*<artifactId>([^<]+)</artifactId>"
                                             + "\\s*<version>([^<]+)</version>");
        int checked = 0;
        for (Block block : snippets.blocks()) {
            if (!block.language().equals("xml")) {
                continue;
            }
            Matcher m = dependency.matcher(String.join("\n", block.lines()));
            while (m.find()) {
                assertThat(Files.isDirectory(snippets.root.resolve(m.group(1)))).as(block.where() + ": module " + m.group(1))
                        .isTrue();
                assertThat(m.group(2)).as(block.where()).isEqualTo(version);
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(3);
    }
}
