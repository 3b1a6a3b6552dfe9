package io.specdriven.mcp;

import static java.util.Objects.requireNonNull;

import io.specdriven.engine.SpecEngine;
import io.specdriven.mcp.internal.Server;
import io.specdriven.mcp.internal.Tools;
import io.specdriven.mcp.internal.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * The specdriven MCP server: a Model Context Protocol server over standard input and output that lets
 * an AI agent check specs, explain rules, look up elements and their trace, see the impact of a change
 * and render views — read-only, deterministic, with small answers.
 *
 * <pre>{@code
 * spec mcp                          # serves the specs under the current directory
 * spec mcp --root DIR               # under DIR
 * java -jar spec-mcp.jar --root DIR # the same server, from this module's own jar
 * }</pre>
 *
 * <p>Paths in tool arguments are confined to the root: no {@code ..} above it, no link out of it. The
 * server exits when its input ends.
 *
 * @since 0.1
 */
public final class SpecMcpServer {
    private SpecMcpServer() {}

    /**
     * Starts the server on standard input and output.
     *
     * @param args {@code --root DIR} to serve another directory than the current one; {@code --help}
     */
    public static void main(String[] args) {
        // stdout carries the protocol: anything else printed goes to stderr instead of corrupting it
        PrintStream protocol = System.out;
        System.setOut(System.err);
        int code = run(args, protocol);
        // the SDK's scheduler threads are not daemons: end the process once the session has closed
        System.exit(code);
    }

    /**
     * Serves the specs under a directory over the given streams until the input ends, then returns. The
     * caller ends the process afterwards: the MCP SDK's threads are not daemons.
     *
     * @param root the directory whose files the tools may read; paths outside it are refused
     * @param in the client's requests, JSON-RPC messages one per line
     * @param out where the answers go; nothing else may be written there while the server runs
     * @throws IOException if the root does not exist ({@link java.nio.file.NoSuchFileException}), is not a
     *     directory ({@link NotDirectoryException}) or cannot be resolved
     * @throws InterruptedException if the thread is interrupted while serving
     */
    public static void serve(Path root, InputStream in, OutputStream out) throws IOException, InterruptedException {
        requireNonNull(root, "root");
        requireNonNull(in, "in");
        requireNonNull(out, "out");
        Workspace workspace = new Workspace(root, SpecEngine.standard());
        if (!Files.isDirectory(workspace.root())) throw new NotDirectoryException(root.toString());
        Server.serve(new Tools(workspace), in, out);
    }

    private static int run(String[] args, PrintStream protocol) {
        Path root = Path.of("");
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.err.println("usage: spec-mcp [--root DIR]  — an MCP server over stdio for the specs under DIR (default: here)");
            return 0;
        }
        if (args.length == 2 && args[0].equals("--root")) {
            root = Path.of(args[1]);
        } else if (args.length != 0) {
            System.err.println("spec-mcp: unknown arguments; usage: spec-mcp [--root DIR]");
            return 64;
        }
        try {
            serve(root, System.in, protocol);
            return 0;
        } catch (IOException e) {
            System.err.println("spec-mcp: cannot serve " + root.toAbsolutePath() + ": " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
