package io.specdriven.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {
    @Test
    void given_the_readers_suffixes_when_a_spec_file_is_named_then_its_base_drops_the_longest_matching_one() {
        List<String> suffixes = List.of(".json", ".spec.json", ".spec.yaml");
        assertThat(OutputFiles.baseName("csv-export.spec.json", suffixes)).isEqualTo("csv-export");
        assertThat(OutputFiles.baseName("Orders.SPEC.YAML", suffixes)).isEqualTo("Orders");
        assertThat(OutputFiles.baseName("plain.json", suffixes)).isEqualTo("plain");
        assertThat(OutputFiles.baseName("notes.md", suffixes)).isEqualTo("notes");
        assertThat(OutputFiles.baseName(".spec.json", suffixes)).isEqualTo(".spec");
    }

    @Test
    void given_an_existing_file_when_written_then_it_is_replaced_whole_and_no_temporary_file_stays(@TempDir Path dir)
            throws IOException {
        // given
        Path file = dir.resolve("views/csv-export.md");
        OutputFiles.write(file, "old\n");
        // when
        OutputFiles.write(file, "# csv-export\n");
        // then
        assertThat(file).hasContent("# csv-export");
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }
}
