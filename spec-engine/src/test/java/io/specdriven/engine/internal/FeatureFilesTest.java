package io.specdriven.engine.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feature files are written through a temporary file and an atomic move (issue 14, defect 6): a write that
 * fails midway, as on a full disk, leaves the old file byte for byte, and a write that succeeds replaces the
 * file rather than overwriting it. An in-place write fails both.
 */
class FeatureFilesTest {
    private static final String OLD = "Feature: old\n\n  Scenario: kept\n    Then the old text stays\n";
    private static final String NEW = "Feature: new\n\n  Scenario: replaced\n    Then the new text is whole\n".repeat(200);

    @TempDir
    Path dir;

    @Test
    void a_write_that_fails_midway_leaves_the_old_file_byte_identical_and_no_temporary_file_issue_14() throws IOException {
        // given
        Path file = dir.resolve("old.feature");
        Files.writeString(file, OLD, UTF_8);
        byte[] before = Files.readAllBytes(file);
        byte[] half = Arrays.copyOf(NEW.getBytes(UTF_8), NEW.length() / 2);
        // when: half the new content is written, then the disk is full
        assertThatIOException().isThrownBy(() -> FeatureFiles.write(file, out -> {
            out.write(half);
            out.flush();
            throw new IOException("No space left on device");
        })).withMessage("No space left on device");
        // then
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(namesIn(dir)).containsExactly("old.feature");
    }

    @Test
    void a_write_that_fails_midway_creates_no_file_where_there_was_none() throws IOException {
        // given
        Path file = dir.resolve("new.feature");
        // when
        assertThatIOException().isThrownBy(() -> FeatureFiles.write(file, out -> {
            out.write(NEW.getBytes(UTF_8), 0, 100);
            throw new IOException("No space left on device");
        }));
        // then
        assertThat(namesIn(dir)).isEmpty();
    }

    @Test
    void a_successful_write_moves_a_new_file_into_place_so_a_reader_holding_the_old_one_reads_it_whole() throws IOException {
        // given: a reader opened the old file before the write
        Path file = dir.resolve("old.feature");
        Files.writeString(file, OLD, UTF_8);
        Object oldFile = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        try (InputStream reader = Files.newInputStream(file)) {
            // when
            FeatureFiles.write(file, NEW);
            // then: the reader still reads the old file, whole; the name now holds a different, complete file
            assertThat(new String(reader.readAllBytes(), UTF_8)).isEqualTo(OLD);
        }
        assertThat(Files.readString(file, UTF_8)).isEqualTo(NEW);
        Object newFile = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        if (oldFile != null) assertThat(newFile).isNotEqualTo(oldFile);
        assertThat(namesIn(dir)).containsExactly("old.feature");
    }

    @Test
    void a_new_file_gets_the_default_permissions_and_a_replaced_one_keeps_its_own() throws IOException {
        // given
        if (!Files.getFileStore(dir).supportsFileAttributeView("posix")) return; // no POSIX permissions here
        Path plain = dir.resolve("plain.txt");
        Files.writeString(plain, "", UTF_8); // made the ordinary way: the umask decides
        Path kept = dir.resolve("kept.feature");
        Files.writeString(kept, OLD, UTF_8);
        Set<PosixFilePermission> own = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(kept, own);
        // when
        FeatureFiles.write(dir.resolve("fresh.feature"), NEW);
        FeatureFiles.write(kept, NEW);
        // then: not the owner-only permissions of Files.createTempFile
        assertThat(Files.getPosixFilePermissions(dir.resolve("fresh.feature")))
                .isEqualTo(Files.getPosixFilePermissions(plain));
        assertThat(Files.getPosixFilePermissions(kept)).isEqualTo(own);
    }

    @Test
    void a_symbolic_link_at_the_target_is_replaced_and_its_target_left_alone() throws IOException {
        // given: a link in the output directory that points outside it
        Path outside = Files.createDirectory(dir.resolve("outside")).resolve("precious.txt");
        Files.writeString(outside, OLD, UTF_8);
        Path out = Files.createDirectory(dir.resolve("out"));
        Path link;
        try {
            link = Files.createSymbolicLink(out.resolve("a.feature"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symbolic links here
        }
        // when
        FeatureFiles.write(link, NEW);
        // then
        assertThat(Files.isSymbolicLink(link)).isFalse();
        assertThat(Files.readString(link, UTF_8)).isEqualTo(NEW);
        assertThat(Files.readString(outside, UTF_8)).isEqualTo(OLD);
    }

    private static List<String> namesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
