package io.specdriven.cli.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import io.specdriven.engine.SpecEngine;
import java.util.List;
import java.util.Map;

/** One in-process run of the tool: its exit code, stdout and stderr. */
record ToolRun(int exitCode, String out, String err) {

    static ToolRun run(Map<String, String> env, boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, UTF_8); PrintStream e = new PrintStream(err, true, UTF_8)) {
            code = new Tool(SpecEngine.standard(), List.of(), new java.io.ByteArrayInputStream(new byte[0])).run(List.of(args), o, e, env, terminal);
        }
        return new ToolRun(code, out.toString(UTF_8), err.toString(UTF_8));
    }

    static ToolRun run(String... args) {
        return run(Map.of(), false, args);
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
