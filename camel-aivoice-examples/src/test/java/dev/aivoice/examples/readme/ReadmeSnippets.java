package dev.aivoice.examples.readme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's code blocks and the tested sources they are copied from. A block tagged
 * {@code <!-- snippet: path#region -->} (path from the repository root) holds the lines between
 * {@code // snippet: region} (or {@code # snippet: region}) and {@code // end-snippet} of that file, with their common
 * indentation removed. {@link #regenerate()} rewrites the tagged blocks from the sources. A block no test can run
 * (a broker, a database) says so with {@code <!-- snippet: untested (reason) -->}.
 */
final class ReadmeSnippets {

    static final Pattern TAG = Pattern.compile("^<!-- snippet: (\\S+)#(\\S+) -->$");
    /** An explicit, visible exception: a block that no test runs, with the reason (e.g. it needs a broker). */
    static final Pattern UNTESTED = Pattern.compile("^<!-- snippet: untested \\((.+)\\) -->$");
    static final Pattern START = Pattern.compile("^\\s*(//|#) snippet: (\\S+)\\s*$");
    static final Pattern END = Pattern.compile("^\\s*(//|#) end-snippet\\s*$");

    /** A fenced block of the README: its language, its first and last content line (0-based), its tag if any. */
    record Block(String language, int firstLine, int endLine, String tagPath, String tagRegion, String untested,
                 List<String> lines) {

        String where() {
            return "README.md line " + firstLine;
        }

        boolean tagged() {
            return tagPath != null;
        }
    }

    final Path root;
    final List<String> readme;

    ReadmeSnippets(Path root) throws IOException {
        this.root = root;
        this.readme = Files.readAllLines(root.resolve("README.md"));
    }

    /** The repository root, found from the module folder the tests run in. */
    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("README.md"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("README.md not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < readme.size(); i++) {
            if (!readme.get(i).startsWith("```")) {
                continue;
            }
            String language = readme.get(i).substring(3).trim();
            int end = i + 1;
            while (end < readme.size() && !readme.get(end).startsWith("```")) {
                end++;
            }
            Matcher tag = i > 0 ? TAG.matcher(readme.get(i - 1).trim()) : TAG.matcher("");
            boolean tagged = tag.matches();
            Matcher untested = i > 0 ? UNTESTED.matcher(readme.get(i - 1).trim()) : UNTESTED.matcher("");
            blocks.add(new Block(language, i + 1, end, tagged ? tag.group(1) : null, tagged ? tag.group(2) : null,
                    untested.matches() ? untested.group(1) : null, List.copyOf(readme.subList(i + 1, end))));
            i = end;
        }
        return blocks;
    }

    /** The region's lines from the tested source, dedented. */
    List<String> region(String path, String region) throws IOException {
        Path file = root.resolve(path);
        if (!Files.exists(file)) {
            throw new IllegalStateException("snippet source " + path + " does not exist");
        }
        List<String> lines = Files.readAllLines(file);
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = START.matcher(lines.get(i));
            if (m.matches() && m.group(2).equals(region)) {
                start = i + 1;
                break;
            }
        }
        if (start < 0) {
            throw new IllegalStateException("no '// snippet: " + region + "' in " + path);
        }
        int end = start;
        while (end < lines.size() && !END.matcher(lines.get(end)).matches()) {
            end++;
        }
        if (end == lines.size()) {
            throw new IllegalStateException("snippet " + region + " in " + path + " has no end-snippet line");
        }
        return dedent(lines.subList(start, end));
    }

    static List<String> dedent(List<String> lines) {
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent).stripTrailing()).toList();
    }

    /** What is wrong with the README's code blocks: untagged code, blocks that differ from their source. */
    List<String> problems(Set<String> codeLanguages) throws IOException {
        List<String> problems = new ArrayList<>();
        for (Block block : blocks()) {
            if (block.untested() != null) {
                continue;
            }
            if (codeLanguages.contains(block.language()) && !block.tagged()) {
                problems.add(block.where() + ": a ```" + block.language() + " block without a <!-- snippet: path#region -->"
                             + " line above it: put the code in a test and tag the block (or, if no test can run it,"
                             + " say why: <!-- snippet: untested (reason) -->)");
            } else if (block.tagged()) {
                List<String> source = region(block.tagPath(), block.tagRegion());
                if (!source.equals(block.lines())) {
                    problems.add(block.where() + " differs from " + block.tagPath() + "#" + block.tagRegion()
                                 + " (run ReadmeSnippetsTest with -Dreadme.regenerate=true to copy it); the source says:\n"
                                 + String.join("\n", source));
                }
            }
        }
        return problems;
    }

    /** Rewrites every tagged block from its source: {@code mvn ... -Dreadme.regenerate=true}. */
    void regenerate() throws IOException {
        List<String> out = new ArrayList<>(readme);
        List<Block> blocks = blocks();
        for (int b = blocks.size() - 1; b >= 0; b--) {
            Block block = blocks.get(b);
            if (block.tagged()) {
                List<String> region = region(block.tagPath(), block.tagRegion());
                out.subList(block.firstLine(), block.endLine()).clear();
                out.addAll(block.firstLine(), region);
            }
        }
        Files.write(root.resolve("README.md"), out);
    }
}
