package io.specdriven.json.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.specdriven.core.Id;
import io.specdriven.core.diff.Fingerprint;
import io.specdriven.core.verify.AcceptanceRun;
import io.specdriven.core.verify.RecordedCriterion;
import io.specdriven.core.verify.VerificationStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AcceptanceLogTest {
    @TempDir
    Path dir;

    private static AcceptanceRun run(String spec, String time, VerificationStatus status) {
        return new AcceptanceRun(Instant.parse(time), Id.of(spec), Optional.of("1.0.0"), OptionalInt.of(97),
                List.of(new RecordedCriterion(Id.of("AC-1"), Fingerprint.parse("0".repeat(63) + "1"), status)));
    }

    @Test
    void given_runs_appended_when_read_back_then_the_history_holds_them_in_order_one_line_each() throws IOException {
        Path file = dir.resolve("acceptance.jsonl");
        AcceptanceRun one = run("csv-export", "2026-12-01T09:00:00Z", VerificationStatus.FAILED);
        AcceptanceRun two = run("csv-export", "2026-12-02T09:00:00Z", VerificationStatus.PASSED);

        AcceptanceLog.append(file, one);
        AcceptanceLog.append(file, two);

        assertThat(AcceptanceLog.read(file).runs()).containsExactly(one, two);
        assertThat(Files.readAllLines(file)).containsExactly(AcceptanceLog.toLine(one), AcceptanceLog.toLine(two));
        assertThat(AcceptanceLog.toLine(one)).isEqualTo("{\"historyFormat\":1,\"time\":\"2026-12-01T09:00:00Z\","
                + "\"spec\":{\"id\":\"csv-export\",\"version\":\"1.0.0\"},\"score\":97,\"criteria\":[{\"id\":\"AC-1\","
                + "\"fingerprint\":\"" + "0".repeat(63) + "1\",\"status\":\"failed\"}]}");
    }

    @Test
    void given_another_spec_s_history_when_a_run_is_appended_then_it_is_refused_and_the_file_unchanged() throws IOException {
        Path file = dir.resolve("acceptance.jsonl");
        AcceptanceLog.append(file, run("csv-export", "2026-12-01T09:00:00Z", VerificationStatus.PASSED));
        String before = Files.readString(file);

        assertThatThrownBy(() -> AcceptanceLog.append(file, run("webshop", "2026-12-02T09:00:00Z", VerificationStatus.PASSED)))
                .isInstanceOf(ResultsFormatException.class)
                .hasMessage(file + ":1:1: the history holds the runs of spec csv-export, not webshop: record each spec in its own file");
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void given_a_broken_line_when_read_then_the_error_names_the_line_and_column() throws IOException {
        Path file = Files.writeString(dir.resolve("h.jsonl"), AcceptanceLog.toLine(run("x", "2026-12-01T09:00:00Z",
                VerificationStatus.PASSED)) + "\n\n{\"historyFormat\": 1, \"time\": \"2026-12-01T09:00:00Z\", \"spec\": {\"id\": \"x\"},"
                + " \"criteria\": [{\"id\": \"AC-1\", \"fingerprint\": \"abc\", \"status\": \"passed\"}]}\n", StandardCharsets.UTF_8);
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> AcceptanceLog.read(file)).isInstanceOf(ResultsFormatException.class)
                .hasMessage(file + ":3:118: criteria[0].fingerprint: 'abc' is not a fingerprint: expected 64 lower-case hex digits");
        assertThatThrownBy(() -> AcceptanceLog.read(empty)).hasMessage(empty + ":1:1: no recorded run: the history is empty");
    }
}
