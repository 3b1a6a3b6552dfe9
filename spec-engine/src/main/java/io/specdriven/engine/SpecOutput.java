package io.specdriven.engine;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.validation.Profile;
import io.specdriven.engine.internal.FeatureFiles;
import io.specdriven.engine.internal.GithubRenderer;
import io.specdriven.engine.internal.Json;
import io.specdriven.engine.internal.JsonRenderer;
import io.specdriven.engine.internal.JunitRenderer;
import io.specdriven.engine.internal.MetricsRenderer;
import io.specdriven.engine.internal.SarifRenderer;
import io.specdriven.engine.internal.TextRenderer;
import io.specdriven.engine.internal.TraceText;
import io.specdriven.engine.internal.VerifyRenderer;
import io.specdriven.json.SpecJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * The one way out: writes every {@link Result} (a check run, a traceability matrix, a diff, the rule
 * catalogue) in one {@link OutputFormat}, to a string, a writer, a stream or a file (through a temporary
 * file and an atomic move). Every adapter prints through this class, so the CLI, the Maven plugin and the
 * MCP server give the same bytes for the same result.
 *
 * <pre>{@code
 * SpecOutput.of(OutputFormat.JSON).write(run, Path.of("target/spec-report.json"));
 * String text = SpecOutput.of(OutputFormat.TEXT).withColour(true).toString(run);
 * }</pre>
 *
 * <p>Text and Markdown are safe to print: control characters and bidirectional overrides from spec files
 * appear as escapes. JSON is described by a versioned schema: reports and runs by
 * {@link SpecJson#reportSchema()}, traces and diffs in {@code docs/format.md}. Check runs are also written
 * for CI: SARIF 2.1.0 for code scanning, GitHub Actions workflow commands, and JUnit XML.
 *
 * @since 0.1
 */
public final class SpecOutput {
    private final OutputFormat format;
    private final boolean colour;

    private SpecOutput(OutputFormat format, boolean colour) {
        this.format = format;
        this.colour = colour;
    }

    /**
     * Returns the writer of a format, without colours.
     *
     * @param format the format
     * @return the writer; immutable
     */
    public static SpecOutput of(OutputFormat format) {
        return new SpecOutput(requireNonNull(format, "format"), false);
    }

    /**
     * Returns this writer with ANSI colours on or off; only text uses them.
     *
     * @param colour whether to colour severities and scores
     * @return the changed copy
     */
    public SpecOutput withColour(boolean colour) {
        return new SpecOutput(format, colour);
    }

    /**
     * Returns the format.
     *
     * @return the format
     */
    public OutputFormat format() {
        return format;
    }

    /**
     * Tells whether this format can write a kind of result.
     *
     * @param result the result
     * @return false for a check run as Markdown, and for anything but a check run in a CI format
     *     ({@linkplain OutputFormat#isCheckOnly() SARIF, GitHub, JUnit})
     */
    public boolean supports(Result result) {
        if (result instanceof CheckRun) return format != OutputFormat.MARKDOWN;
        return !format.isCheckOnly();
    }

    /**
     * Returns a result as text in this format.
     *
     * @param result the result
     * @return the text, ending with a newline (empty for a run with nothing to show)
     * @throws IllegalArgumentException if the format cannot write this result (see {@link #supports})
     */
    public String toString(Result result) {
        requireNonNull(result, "result");
        if (!supports(result)) {
            throw new IllegalArgumentException(result instanceof CheckRun
                    ? "a check run is written as text, json, sarif, github or junit, not " + format
                    : "only a check run is written as " + format + "; this result is written as text, markdown or json");
        }
        if (result instanceof CheckRun run) {
            switch (format) {
                case JSON:
                    return JsonRenderer.render(run);
                case SARIF:
                    return SarifRenderer.render(run);
                case GITHUB:
                    return GithubRenderer.render(run);
                case JUNIT:
                    return JunitRenderer.render(run);
                default:
                    return TextRenderer.render(run, colour);
            }
        }
        if (result instanceof TraceResult trace) {
            switch (format) {
                case JSON:
                    return SpecJson.toJson(trace.trace());
                case MARKDOWN:
                    return TerminalText.safeLines(trace.trace().toMarkdown());
                default:
                    return TerminalText.safeLines(TraceText.render(trace.name(), trace.spec(), trace.trace()));
            }
        }
        if (result instanceof DiffResult diff) {
            switch (format) {
                case JSON:
                    return SpecJson.toJson(diff.diff());
                case MARKDOWN:
                    return TerminalText.safeLines(diff.diff().toMarkdown());
                default:
                    return TerminalText.safeLines(diff.diff().toText());
            }
        }
        if (result instanceof VerifyResult verify) {
            switch (format) {
                case JSON:
                    return VerifyRenderer.json(verify);
                case MARKDOWN:
                    return VerifyRenderer.markdown(verify);
                default:
                    return VerifyRenderer.text(verify);
            }
        }
        if (result instanceof MetricsResult metrics) {
            return format == OutputFormat.JSON ? MetricsRenderer.json(metrics) : MetricsRenderer.text(metrics);
        }
        return rules((RuleCatalog) result);
    }

    private String rules(RuleCatalog catalog) {
        switch (format) {
            case JSON: {
                Json json = new Json().beginObject().name("rulesFormat").value(1).name("rules").beginArray();
                for (RuleCatalog.Entry e : catalog.rules()) {
                    json.beginObject().name("id").value(e.id()).name("description").value(e.description())
                            .name("profiles").beginArray();
                    for (Profile p : Profile.values()) if (e.profiles().contains(p)) json.value(p.toString());
                    json.endArray().endObject();
                }
                return json.endArray().endObject() + "\n";
            }
            case MARKDOWN: {
                StringBuilder out = new StringBuilder("| Rule | Profiles | What it checks |\n|---|---|---|\n");
                for (RuleCatalog.Entry e : catalog.rules()) {
                    out.append("| `").append(e.id()).append("` | ").append(profiles(e)).append(" | ")
                            .append(e.description().replace("|", "\\|")).append(" |\n");
                }
                return TerminalText.safeLines(out.toString());
            }
            default: {
                int width = catalog.rules().stream().mapToInt(e -> e.id().length()).max().orElse(0);
                StringBuilder out = new StringBuilder();
                for (RuleCatalog.Entry e : catalog.rules()) {
                    out.append(String.format("%-" + width + "s  %-23s  %s%n", e.id(), profiles(e), e.description()));
                }
                return TerminalText.safeLines(out.toString().replace(System.lineSeparator(), "\n"));
            }
        }
    }

    private static String profiles(RuleCatalog.Entry e) {
        return java.util.Arrays.stream(Profile.values()).filter(e.profiles()::contains).map(Profile::toString)
                .collect(Collectors.joining(", "));
    }

    /**
     * Writes a result to a writer.
     *
     * @param result the result
     * @param out where to write; flushed, not closed
     * @throws UncheckedIOException if writing fails
     */
    public void write(Result result, Writer out) {
        requireNonNull(out, "out");
        String text = toString(result);
        try {
            out.write(text);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a result to a stream as UTF-8.
     *
     * @param result the result
     * @param out where to write; flushed, not closed
     * @throws UncheckedIOException if writing fails
     */
    public void write(Result result, OutputStream out) {
        requireNonNull(out, "out");
        write(result, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    /**
     * Writes a result to a file as UTF-8, replacing it: the whole text is made first, written to a new file
     * in the same directory and moved into place, so a failure leaves an existing file as it was.
     *
     * @param result the result
     * @param file the file
     * @throws UncheckedIOException if writing fails
     */
    public void write(Result result, Path file) {
        requireNonNull(file, "file");
        String text = toString(result);
        try {
            FeatureFiles.write(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
