package io.specdriven.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.specdriven.core.Spec;
import io.specdriven.core.diff.SpecDiff;
import io.specdriven.core.trace.Traceability;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed write leaves the output as it was: the target file intact, a stream or writer untouched. */
class SpecJsonWriteFailureTest {
    /** The unpaired surrogate sits in the last requirement, so a streaming writer would be far along. */
    private static final Spec UNWRITABLE = Fixtures.rich().toBuilder()
            .requirement("REQ-LAST", r -> r.title("broken \uD83D").statement("s"))
            .build();

    @TempDir
    Path dir;

    @Test
    void a_failed_write_leaves_the_existing_file_intact() throws IOException {
        // given
        Path file = dir.resolve("x.spec.json");
        String original = SpecJson.toJson(Fixtures.rich());
        Files.writeString(file, original, StandardCharsets.UTF_8);
        // when
        assertThatIllegalArgumentException().isThrownBy(() -> SpecJson.write(UNWRITABLE, file))
                .withMessageContaining("unpaired surrogate");
        // then
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(original);
        assertThat(filesIn(dir)).containsExactly("x.spec.json");
    }

    @Test
    void a_failed_write_creates_no_file() throws IOException {
        Path file = dir.resolve("new.spec.json");
        assertThatIllegalArgumentException().isThrownBy(() -> SpecJson.write(UNWRITABLE, file));
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void a_failed_write_sends_nothing_to_a_writer_or_a_stream() {
        // given
        StringWriter writer = new StringWriter();
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        // when
        assertThatIllegalArgumentException().isThrownBy(() -> SpecJson.write(UNWRITABLE, writer));
        assertThatIllegalArgumentException().isThrownBy(() -> SpecJson.write(UNWRITABLE, stream));
        // then
        assertThat(writer.toString()).isEmpty();
        assertThat(stream.toByteArray()).isEmpty();
    }

    @Test
    void a_successful_write_replaces_the_file_leaves_no_temporary_file_and_keeps_its_permissions()
            throws IOException {
        // given
        Path file = dir.resolve("x.spec.json");
        Files.writeString(file, "old content that is longer than nothing", StandardCharsets.UTF_8);
        boolean posix = Files.getFileStore(file).supportsFileAttributeView("posix");
        Set<PosixFilePermission> permissions = PosixFilePermissions.fromString("rw-r-----");
        if (posix) Files.setPosixFilePermissions(file, permissions);
        // when
        SpecJson.write(Fixtures.minimal(), file);
        // then
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(SpecJson.toJson(Fixtures.minimal()));
        assertThat(filesIn(dir)).containsExactly("x.spec.json");
        if (posix) assertThat(Files.getPosixFilePermissions(file)).isEqualTo(permissions);
    }

    @Test
    void writes_through_a_symbolic_link_to_its_target() throws IOException {
        // given
        Path target = dir.resolve("real.spec.json");
        Files.writeString(target, "old", StandardCharsets.UTF_8);
        Path link;
        try {
            link = Files.createSymbolicLink(dir.resolve("link.spec.json"), target.getFileName());
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symbolic links here
        }
        // when
        SpecJson.write(Fixtures.minimal(), link);
        // then
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo(SpecJson.toJson(Fixtures.minimal()));
    }

    @Test
    void traceability_and_diffs_are_written_to_files_the_same_way() throws IOException {
        // given
        Path trace = dir.resolve("trace.json");
        Path diff = dir.resolve("diff.json");
        Files.writeString(trace, "old", StandardCharsets.UTF_8);
        // when
        SpecJson.write(Traceability.of(Fixtures.rich()), trace);
        SpecJson.write(SpecDiff.between(Fixtures.minimal(), Fixtures.rich()), diff);
        // then
        assertThat(Files.readString(trace, StandardCharsets.UTF_8))
                .isEqualTo(SpecJson.toJson(Traceability.of(Fixtures.rich())));
        assertThat(Files.readString(diff, StandardCharsets.UTF_8))
                .isEqualTo(SpecJson.toJson(SpecDiff.between(Fixtures.minimal(), Fixtures.rich())));
        assertThat(filesIn(dir)).containsExactlyInAnyOrder("trace.json", "diff.json");
    }

    @Test
    void writing_to_the_root_directory_throws_the_documented_unchecked_io_exception_not_a_null_pointer_issue_14() {
        assertThatThrownBy(() -> SpecJson.write(Fixtures.minimal(), Path.of("/")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot write /: is the root directory, not a file");
    }

    @Test
    void writing_to_a_directory_leaves_it_a_directory_and_says_so_issue_14() throws IOException {
        // given: an empty directory, which a plain move would silently replace by the file
        Path empty = Files.createDirectory(dir.resolve("empty"));
        // when / then
        assertThatThrownBy(() -> SpecJson.write(Fixtures.minimal(), empty))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot write " + empty + ": is a directory, not a file");
        assertThatThrownBy(() -> SpecJson.write(Traceability.of(Fixtures.minimal()), empty))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(Files.isDirectory(empty)).isTrue();
        assertThat(filesIn(dir)).containsExactly("empty");
    }

    @Test
    void writing_into_a_missing_directory_says_so_once_and_creates_nothing_issue_14() {
        Path file = dir.resolve("missing").resolve("x.spec.json");
        assertThatThrownBy(() -> SpecJson.write(Fixtures.minimal(), file))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot write " + file + ": no such file or directory");
    }

    @Test
    void a_file_name_near_name_max_is_written_although_a_temporary_name_beside_it_would_be_too_long_issue_14() throws IOException {
        // given: 245 bytes (80 three-byte characters); "." + name + a random part + ".tmp" would be over 255
        Path file = dir.resolve("中".repeat(80) + ".json");
        // when
        SpecJson.write(Fixtures.minimal(), file);
        // then
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(SpecJson.toJson(Fixtures.minimal()));
        assertThat(filesIn(dir)).containsExactly(file.getFileName().toString());
    }

    private static java.util.List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
