package io.specdriven.engine.internal;

import io.specdriven.core.source.SourceLocation;
import io.specdriven.core.validation.Severity;
import io.specdriven.core.validation.Violation;
import io.specdriven.engine.CheckRun;
import io.specdriven.engine.Source;
import io.specdriven.engine.SourceResult;
import io.specdriven.engine.TerminalText;

/**
 * A check run as GitHub Actions workflow commands, one line per finding, which the runner turns into
 * annotations on the file and line: {@code ::error file=F,line=L,col=C,title=RULE::MESSAGE}. Errors are
 * {@code error}, warnings {@code warning}, infos {@code notice}; waived findings are left out (they are
 * accepted). A file that cannot be read is an {@code error} at the file, titled {@code source.unreadable}.
 *
 * <p>Values are escaped as the Actions toolkit escapes them ({@code %}, CR and LF in the message;
 * also {@code :} and {@code ,} in properties), and control characters from spec files are written as
 * visible escapes first, so nothing in a spec can end a command early or start another.
 */
public final class GithubRenderer {
    private GithubRenderer() {}

    /**
     * Renders the run.
     *
     * @param run the run
     * @return one command a line, each ending with a newline; empty for a run without findings
     */
    public static String render(CheckRun run) {
        StringBuilder out = new StringBuilder();
        for (SourceResult r : run.results()) {
            if (r instanceof SourceResult.Checked c) {
                for (Violation v : c.report().violations()) {
                    String path = v.path().toString();
                    String message = TerminalText.safe((path.isEmpty() ? "" : path + ": ") + v.message())
                            + v.hint().map(h -> "\nhint: " + TerminalText.safe(h)).orElse("");
                    command(out, level(v.severity()), Findings.location(c, v), v.ruleId(), message);
                }
            } else {
                SourceResult.Unreadable u = (SourceResult.Unreadable) r;
                command(out, "error", Findings.location(u), Findings.UNREADABLE,
                        TerminalText.safe(Findings.message(u.error())));
            }
        }
        return out.toString();
    }

    private static void command(StringBuilder out, String level, SourceLocation at, String title, String message) {
        out.append("::").append(level).append(' ');
        String file = at.file().orElse(Source.STDIN_NAME);
        if (!file.equals(Source.STDIN_NAME)) {
            out.append("file=").append(property(TerminalText.safe(file.replace('\\', '/')))).append(',');
            if (at.hasLine()) {
                out.append("line=").append(at.line()).append(',');
                if (at.column() > 0) out.append("col=").append(at.column()).append(',');
            }
        }
        out.append("title=").append(property(title)).append("::").append(data(message)).append('\n');
    }

    private static String level(Severity severity) {
        switch (severity) {
            case ERROR:
                return "error";
            case WARNING:
                return "warning";
            default:
                return "notice";
        }
    }

    /** The toolkit's escapeData: '%', CR and LF. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** The toolkit's escapeProperty: as data, and ':' and ','. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
