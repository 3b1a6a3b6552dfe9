package io.specdriven.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.specdriven.cli.internal.Tool;
import io.specdriven.engine.Source;
import io.specdriven.engine.SpecEngine;
import io.specdriven.examples.Examples;
import java.io.BufferedOutputStream;
import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The {@code spec} command-line tool: {@code spec check [FILE…]} validates spec documents and prints their
 * findings and score; {@code spec render FILE --to markdown|mermaid|plantuml|gherkin} renders one as a
 * document, diagrams or feature files; {@code spec trace FILE} prints its traceability matrix;
 * {@code spec diff OLD NEW} prints the changes between two versions and what they touch;
 * {@code spec verify FILE --results PATH} verifies a spec against test results; {@code spec metrics HISTORY}
 * computes acceptance metrics over recorded runs; {@code spec rules} lists every rule; {@code spec mcp}
 * serves an MCP server over standard input and output; {@code spec --help} explains every option. {@code FILE} may be a
 * directory (every spec file under it) or {@code -} for standard input.
 *
 * <pre>{@code
 * java -jar spec-cli/target/spec.jar check --profile strict specs/orders.spec.json
 * java -jar spec-cli/target/spec.jar diff specs/orders-v1.spec.json specs/orders-v2.spec.json
 * }</pre>
 *
 * <p>Exit codes: {@code 0} no finding at or above the {@code --fail-on} level (check), rendered or printed
 * (render, trace), the versions are equal (diff); {@code 1} findings at or above it (check), the versions
 * differ (diff); {@code 2} a file could not be read or is not a valid spec document, or render could not
 * write a feature file; {@code 64} a usage error; {@code 70} an internal error. With several files the highest code wins.
 *
 * <p>{@link #main(String[])} is a thin shell over {@link #run(String[], PrintStream, PrintStream, Map)},
 * which embedders and tests call in-process.
 *
 * @since 0.1
 */
public final class SpecTool {
    private SpecTool() {}

    /**
     * Runs the tool and exits with its exit code. Output is UTF-8.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)), false, UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, UTF_8);
        // stdout carries only what the tool prints (one JSON document, or the MCP protocol): anything a
        // library writes to System.out goes to stderr instead
        System.setOut(err);
        int code = tool().run(Arrays.asList(args), out, err, System.getenv(), stdoutIsTerminal());
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the tool in-process, without colours, and returns its exit code.
     *
     * @param args the command line, without the program name
     * @param stdout where reports go
     * @param stderr where errors go, one line each
     * @param env the environment variables the tool reads ({@code NO_COLOR}, {@code TERM})
     * @return the exit code: 0, 1, 2 or 64
     */
    public static int run(String[] args, PrintStream stdout, PrintStream stderr, Map<String, String> env) {
        return tool().run(Arrays.asList(args), stdout, stderr, env, false);
    }

    /** The tool on the application layer, with the bundled examples and this process's standard input. */
    private static Tool tool() {
        List<Source> bundled = Examples.bundledNames().stream().map(n -> Source.of(n, () -> Examples.open(n))).toList();
        return new Tool(SpecEngine.standard(), bundled, System.in);
    }

    /**
     * Tells whether standard output is a terminal. Up to Java 21 a console exists only when it is; from
     * Java 22 a console may exist for a pipe too, and {@code Console.isTerminal()} tells them apart.
     */
    private static boolean stdoutIsTerminal() {
        Console console = System.console();
        if (console == null) return false;
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // before Java 22: a console means a terminal
        }
    }
}
