package io.specdriven.cli.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Size limits that fit real files (issue 13): the tool reads documents of up to 200 MB by default;
 * {@code --max-document-size} and the configuration's {@code max-document-size} raise (or lower) it, the
 * option winning; a larger file is refused at the file, by its size, with how to raise the limit.
 */
class ToolDocumentSizeTest {
    private static final String RAISE = "raise it with --max-document-size SIZE, such as --max-document-size ";

    @TempDir
    Path dir;

    /** 201 MB on disk and nothing in it: a sparse file, made in no time; its size is refused before it is read. */
    private Path huge;
    /** A valid spec of 3 KB. */
    private Path small;

    @BeforeEach
    void files() throws IOException {
        huge = dir.resolve("huge.spec.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(201L << 20);
        }
        small = dir.resolve("small.spec.json");
        String spec = "{\"specFormat\": 1, \"id\": \"small\", \"title\": \"Small\"}";
        Files.writeString(small, spec + " ".repeat(3072 - spec.length()), UTF_8);
    }

    private Path config(String text) throws IOException {
        return Files.writeString(dir.resolve("specdriven.yaml"), text, UTF_8);
    }

    @Test
    void a_file_over_the_default_200_mb_is_refused_at_the_file_with_how_to_raise_the_limit() {
        // when
        ToolRun run = ToolRun.run("check", huge.toString());
        // then
        assertThat(run.err()).isEqualTo(huge + ": is 201 MB (210,763,776 bytes), more than the limit of 200 MB"
                + " (209,715,200 bytes); " + RAISE + "400MB, or with max-document-size in specdriven.yaml\n");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void the_option_raises_the_limit() {
        // when: past the size check, the zeros of the sparse file are read as what they are
        ToolRun run = ToolRun.run("check", "--max-document-size", "300MB", huge.toString());
        // then
        assertThat(run.err()).startsWith(huge + ":1:1: the document is ").doesNotContain("limit");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void the_option_lowers_the_limit_too_and_the_suggestion_follows_it() {
        // when
        ToolRun low = ToolRun.run("check", "--max-document-size=2KB", small.toString());
        ToolRun enough = ToolRun.run("check", "--max-document-size", "4096", small.toString());
        // then
        assertThat(low.err()).isEqualTo(small + ": is 3 KB (3,072 bytes), more than the limit of 2 KB (2,048 bytes); "
                + RAISE + "4096, or with max-document-size in specdriven.yaml\n");
        assertThat(low.exitCode()).isEqualTo(2);
        assertThat(enough.err()).isEmpty();
        assertThat(enough.out()).contains("small — Small");
    }

    @Test
    void the_configuration_file_raises_the_limit() throws IOException {
        // given
        Path config = config("max-document-size: 300MB\n");
        // when
        ToolRun run = ToolRun.run("check", "--config", config.toString(), huge.toString());
        // then
        assertThat(run.err()).startsWith(huge + ":1:1: the document is ").doesNotContain("limit");
    }

    @Test
    void the_option_wins_over_the_configuration_file() throws IOException {
        // given
        Path low = config("max-document-size: 1KB\n");
        // when
        ToolRun raised = ToolRun.run("check", "--config", low.toString(), "--max-document-size", "4KB", small.toString());
        ToolRun lowered = ToolRun.run("check", "--config", config("max-document-size: 300MB\n").toString(),
                "--max-document-size", "1KB", small.toString());
        // then
        assertThat(raised.err()).isEmpty();
        assertThat(raised.exitCode()).isZero();
        assertThat(lowered.err()).startsWith(small + ": is 3 KB (3,072 bytes), more than the limit of 1 KB (1,024 bytes)");
        assertThat(lowered.exitCode()).isEqualTo(2);
    }

    @Test
    void a_bad_size_is_a_usage_error_naming_the_option() {
        // when
        ToolRun check = ToolRun.run("check", "--max-document-size", "12XB", small.toString());
        ToolRun trace = ToolRun.run("trace", small.toString(), "--max-document-size", "0");
        ToolRun missing = ToolRun.run("check", small.toString(), "--max-document-size");
        // then
        assertThat(check.errLines()).containsExactly("spec: option '--max-document-size': '12XB' is not a size: write"
                + " bytes, or a number with KB, MB or GB, such as 300MB or 1g", "Run 'spec --help' for usage.");
        assertThat(check.exitCode()).isEqualTo(64);
        assertThat(trace.errLines().get(0)).startsWith("spec: option '--max-document-size': '0' is out of range");
        assertThat(trace.exitCode()).isEqualTo(64);
        assertThat(missing.errLines().get(0)).isEqualTo("spec: option '--max-document-size' needs a value: a size such"
                + " as 300MB or 1g");
    }

    @Test
    void render_trace_diff_and_verify_take_the_option_and_name_only_it() {
        // when
        ToolRun render = ToolRun.run("render", huge.toString());
        ToolRun trace = ToolRun.run("trace", "--max-document-size", "1KB", small.toString());
        ToolRun diff = ToolRun.run("diff", small.toString(), small.toString(), "--max-document-size", "4KB");
        // then
        assertThat(render.err()).isEqualTo(huge + ": is 201 MB (210,763,776 bytes), more than the limit of 200 MB"
                + " (209,715,200 bytes); " + RAISE + "400MB\n");
        assertThat(render.exitCode()).isEqualTo(2);
        assertThat(trace.err()).isEqualTo(small + ": is 3 KB (3,072 bytes), more than the limit of 1 KB (1,024 bytes); "
                + RAISE + "2048\n");
        assertThat(diff.exitCode()).isZero();
    }
}
