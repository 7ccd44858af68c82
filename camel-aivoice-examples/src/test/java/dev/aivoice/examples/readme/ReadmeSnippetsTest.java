package dev.aivoice.examples.readme;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aivoice.examples.readme.ReadmeSnippets.Block;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every code block of the README is a copy of a tested source: each java, yaml and properties block is tagged with
 * the file and region it comes from and equals that region; dependency blocks name this build's modules at its
 * version. Run with {@code -Dreadme.regenerate=true} to copy the regions into the README after changing a source.
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
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Block block : snippets.blocks()) {
            if (CODE.contains(block.language()) && !block.tagged()) {
                problems.add(block.where() + ": a ```" + block.language() + " block without a <!-- snippet: path#region -->"
                             + " line above it: put the code in a test and tag the block");
            } else if (block.tagged()) {
                List<String> source = snippets.region(block.tagPath(), block.tagRegion());
                if (!source.equals(block.lines())) {
                    problems.add(block.where() + " differs from " + block.tagPath() + "#" + block.tagRegion()
                                 + " (run the test with -Dreadme.regenerate=true to copy it); the source says:\n"
                                 + String.join("\n", source));
                }
                checked++;
            }
        }
        assertThat(problems).as("README snippets").isEmpty();
        assertThat(checked).isGreaterThanOrEqualTo(10);
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
