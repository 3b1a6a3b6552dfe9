package io.specdriven.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The csv-export example's Markdown document is checked in at {@code docs/examples/csv-export.md}, where
 * GitHub shows it with its diagrams (issue 6, success item 1). This test fails when {@code spec render}
 * would print anything else. After an intended change, regenerate it from the repository root with
 * <pre>
 * java -jar spec-cli/target/spec.jar render \
 *     spec-examples/src/main/resources/io/specdriven/examples/csv-export.spec.json --to markdown \
 *     &gt; docs/examples/csv-export.md
 * </pre>
 * or rerun this test with {@code -Dgolden.update=true}, and review the git diff.
 */
class CsvExportDocumentTest {
    private static final Path SPEC = Path.of("..", "spec-examples", "src", "main", "resources", "io", "specdriven", "examples", "csv-export.spec.json");
    private static final Path GOLDEN = Path.of("..", "docs", "examples", "csv-export.md");

    @Test
    void spec_render_of_the_csv_export_example_prints_the_checked_in_document() throws IOException {
        // given
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // when
        int code = SpecTool.run(new String[] {"render", SPEC.toString(), "--to", "markdown"},
                new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8), Map.of());
        // then
        assertThat(code).isZero();
        assertThat(err.toString(UTF_8)).isEmpty();
        String document = out.toString(UTF_8);
        if (Boolean.getBoolean("golden.update")) Files.writeString(GOLDEN, document, UTF_8);
        assertThat(document).as("spec render against %s; see this test's Javadoc to regenerate it", GOLDEN)
                .isEqualTo(Files.readString(GOLDEN, UTF_8));
        assertThat(document).startsWith("# CSV export for the reporting dashboard\n")
                .contains("\n```mermaid\nerDiagram\n", "\n## Traceability\n");
    }
}
