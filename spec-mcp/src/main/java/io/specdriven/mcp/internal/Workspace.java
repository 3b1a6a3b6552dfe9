package io.specdriven.mcp.internal;

import io.specdriven.core.Spec;
import io.specdriven.core.source.SpecReadException;
import io.specdriven.engine.Source;
import io.specdriven.engine.SpecEngine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the server reads specs and test results: files under the directory it was started in, and never
 * outside it (no {@code ..}, no absolute path elsewhere, no symbolic link that leads out), or a spec passed
 * inline. Every spec is read by the application layer, with its readers and their limits.
 */
public final class Workspace {
    /** The most characters an inline spec may have: the reader's own limits apply below it. */
    public static final int MAX_INLINE_CHARS = 5_000_000;

    private final Path root;
    private final SpecEngine engine;

    public Workspace(Path root, SpecEngine engine) throws IOException {
        this.root = root.toRealPath();
        this.engine = engine;
    }

    public Path root() {
        return root;
    }

    public SpecEngine engine() {
        return engine;
    }

    /** The spec named by {@code <prefix>path} or given inline as {@code <prefix>spec}, read. */
    public Spec spec(Map<String, Object> args, String prefix) throws ToolException {
        Source source = source(args, prefix);
        try {
            return engine.read(source).spec();
        } catch (SpecReadException e) {
            // the reader's message names the source and, where it knows them, the line and column
            throw new ToolException(source.path().isPresent() || !args.containsKey(prefix + "spec") ? e.getMessage()
                    : "'" + prefix + "spec' is not a valid spec document: " + e.getMessage());
        }
    }

    /**
     * The spec named by {@code <prefix>path} (a file under the root, named relative to it) or given inline as
     * {@code <prefix>spec} in the tool's arguments: exactly one of them.
     */
    public Source source(Map<String, Object> args, String prefix) throws ToolException {
        Object path = args.get(prefix + "path");
        Object inline = args.get(prefix + "spec");
        if ((path == null) == (inline == null)) {
            throw new ToolException("give exactly one of '" + prefix + "path' (a file under " + root + ") and '"
                    + prefix + "spec' (the spec as JSON text)");
        }
        if (inline != null) {
            String text = string(inline, prefix + "spec");
            if (text.length() > MAX_INLINE_CHARS) {
                throw new ToolException("'" + prefix + "spec' has " + text.length() + " characters, more than "
                        + MAX_INLINE_CHARS + ": write it to a file under the root and pass its path");
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            return Source.of(prefix + "spec", () -> new ByteArrayInputStream(bytes));
        }
        String name = string(path, prefix + "path");
        Path file = file(name);
        return Source.of(root.relativize(file).toString(), () -> Files.newInputStream(file));
    }

    /** The regular file the path names, confined to the root. */
    public Path file(String path) throws ToolException {
        Path real = confined(path);
        if (Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) throw new ToolException("'" + path + "' is a directory: name a spec file");
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) throw new ToolException("'" + path + "' is not a regular file");
        return real;
    }

    /**
     * The results file or directory the path names, confined to the root: a directory's results files
     * (its {@code *.json} and {@code *.xml} entries, which the results reader reads) must not lead out of it
     * through a link either.
     */
    public Path resultsPath(String path) throws ToolException {
        Path real = confined(path);
        if (Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) return real;
        if (!Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new ToolException("'" + path + "' is neither a results file nor a directory of them");
        }
        try (Stream<Path> entries = Files.list(real)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                String name = entry.getFileName().toString();
                if ((name.endsWith(".json") || name.endsWith(".xml")) && Files.isSymbolicLink(entry)
                        && Files.isRegularFile(entry) && !entry.toRealPath().startsWith(root)) {
                    throw new ToolException("'" + path + "' holds " + name + ", which leads outside the root " + root
                            + " through a link");
                }
            }
        } catch (IOException e) {
            throw new ToolException("'" + path + "' cannot be listed: " + e.getMessage());
        }
        return real;
    }

    private Path confined(String path) throws ToolException {
        Path asked;
        try {
            asked = Path.of(path);
        } catch (InvalidPathException e) {
            throw new ToolException("'" + path + "' is not a path: " + e.getReason());
        }
        Path inside = root.resolve(asked).normalize();
        if (!inside.startsWith(root)) throw new ToolException("'" + path + "' is outside the root " + root);
        Path real;
        try {
            real = inside.toRealPath();
        } catch (NoSuchFileException e) {
            throw new ToolException("'" + path + "': no such file under " + root);
        } catch (IOException e) {
            throw new ToolException("'" + path + "' cannot be read: " + e.getMessage());
        }
        if (!real.startsWith(root)) throw new ToolException("'" + path + "' leads outside the root " + root + " through a link");
        return real;
    }

    static String string(Object value, String name) throws ToolException {
        if (value instanceof String s) return s;
        throw new ToolException("'" + name + "' must be a string");
    }
}
