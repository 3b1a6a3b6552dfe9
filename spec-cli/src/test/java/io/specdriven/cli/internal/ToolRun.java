package io.specdriven.examples.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** One in-process run of the tool: its exit code, stdout and stderr. */
record ToolRun(int exitCode, String out, String err) {

    static ToolRun run(Library library, Map<String, String> env, boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, UTF_8); PrintStream e = new PrintStream(err, true, UTF_8)) {
            code = new Tool(library, "9.9.9-test").run(List.of(args), o, e, env, terminal);
        }
        return new ToolRun(code, out.toString(UTF_8), err.toString(UTF_8));
    }

    static ToolRun run(Library library, String... args) {
        return run(library, Map.of(), false, args);
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
