package io.specdriven.json.results;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.verify.AcceptanceHistory;
import io.specdriven.core.verify.AcceptanceRun;
import io.specdriven.json.internal.AtomicFile;
import io.specdriven.json.internal.results.HistoryCodec;
import io.specdriven.json.internal.results.Located;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An acceptance history kept as a file of JSON lines ({@code acceptance.jsonl}): one line per recorded
 * {@code spec verify} run, {@code historyFormat} 1 (docs/verification.md).
 *
 * <pre>{@code
 * AcceptanceLog.append(Path.of("acceptance.jsonl"), AcceptanceRun.of(verification, Instant.now(), score));
 * AcceptanceMetrics m = AcceptanceLog.read(Path.of("acceptance.jsonl")).metrics();
 * }</pre>
 *
 * <p>A file is read whole or not at all; empty lines are ignored. Appending rewrites the file all at once
 * (the old lines and the new one go to a new file, moved into place), so a reader never sees half a line.
 *
 * @since 0.1
 */
public final class AcceptanceLog {
    private AcceptanceLog() {}

    /**
     * Reads a history.
     *
     * @param file the file
     * @return its runs, in the order recorded
     * @throws ResultsFormatException if the file cannot be read, has no run, a line is not a recorded run,
     *     or the runs are of more than one spec; the message names the line
     */
    public static AcceptanceHistory read(Path file) {
        requireNonNull(file, "file");
        AcceptanceHistory history = history(file.toString(), text(file));
        if (history.runs().isEmpty()) {
            throw new ResultsFormatException(file.toString(), 1, 1, "no recorded run: the history is empty", null);
        }
        return history;
    }

    /**
     * Appends a run to a history, creating the file when it does not exist.
     *
     * @param file the file
     * @param run the run
     * @throws ResultsFormatException if the existing file is not a history, or holds another spec's runs
     * @throws UncheckedIOException if the file cannot be written; it is then unchanged
     */
    public static void append(Path file, AcceptanceRun run) {
        requireNonNull(file, "file");
        requireNonNull(run, "run");
        String old = Files.exists(file) ? text(file) : "";
        AcceptanceHistory history = history(file.toString(), old);
        if (!history.runs().isEmpty() && !history.runs().get(0).specId().equals(run.specId())) {
            throw new ResultsFormatException(file.toString(), 1, 1, "the history holds the runs of spec "
                    + history.runs().get(0).specId() + ", not " + run.specId() + ": record each spec in its own file", null);
        }
        String text = (old.isEmpty() || old.endsWith("\n") ? old : old + "\n") + HistoryCodec.encode(run) + "\n";
        try {
            AtomicFile.write(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Returns one run as the line the history holds.
     *
     * @param run the run
     * @return the JSON line, without a line break
     */
    public static String toLine(AcceptanceRun run) {
        return HistoryCodec.encode(requireNonNull(run, "run"));
    }

    private static AcceptanceHistory history(String name, String text) {
        List<AcceptanceRun> runs = new ArrayList<>();
        int lineNumber = 0;
        int firstOfSpec = 0;
        for (String line : text.split("\n", -1)) {
            lineNumber++;
            if (line.isBlank()) continue;
            AcceptanceRun run;
            try {
                run = HistoryCodec.decode(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line, lineNumber);
            } catch (Located e) {
                throw new ResultsFormatException(name, e.line(), e.column(), e.getMessage(), e);
            }
            if (runs.isEmpty()) {
                firstOfSpec = lineNumber;
            } else if (!runs.get(0).specId().equals(run.specId())) {
                throw new ResultsFormatException(name, lineNumber, 1, "this run is of spec " + run.specId() + ", but line "
                        + firstOfSpec + " is of " + runs.get(0).specId() + ": a history holds one spec's runs", null);
            }
            runs.add(run);
        }
        return AcceptanceHistory.of(runs);
    }

    private static String text(Path file) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new ResultsFormatException(name, 1, 1, Files.exists(file) ? "not a regular file" : "no such file", null);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) TestResults.DEFAULT_MAX_BYTES + 1);
        } catch (IOException e) {
            throw new ResultsFormatException(name, 1, 1, "cannot read the file: " + e.getMessage(), e);
        }
        if (bytes.length > TestResults.DEFAULT_MAX_BYTES) {
            throw new ResultsFormatException(name, 1, 1, "the file is larger than the limit of "
                    + TestResults.DEFAULT_MAX_BYTES + " bytes; it is not read", null);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ResultsFormatException(name, 1, 1, "the file is not UTF-8 text", e);
        }
    }
}
