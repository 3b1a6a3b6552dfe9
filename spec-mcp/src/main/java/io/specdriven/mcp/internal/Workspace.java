package io.specdriven.mcp.internal;

import io.specdriven.core.Spec;
import io.specdriven.core.source.SpecReadException;
import io.specdriven.json.SpecJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the server reads specs: files under the directory it was started in, and never outside it
 * (no {@code ..}, no absolute path elsewhere, no symbolic link that leads out), or a spec passed inline.
 * Every read goes through the JSON reader and its limits.
 */
public final class Workspace {
    /** The most characters an inline spec may have: the reader's own limits apply below it. */
    public static final int MAX_INLINE_CHARS = 5_000_000;

    private final Path root;

    public Workspace(Path root) throws IOException {
        this.root = root.toRealPath();
    }

    public Path root() {
        return root;
    }

    /**
     * The spec named by {@code <prefix>path} or given inline as {@code <prefix>spec} in the tool's
     * arguments: exactly one of them.
     */
    public Spec spec(Map<String, Object> args, String prefix) throws ToolException {
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
            try {
                return SpecJson.read(text);
            } catch (SpecReadException e) {
                throw new ToolException("'" + prefix + "spec' is not a valid spec document: " + e.getMessage());
            }
        }
        Path file = resolve(string(path, prefix + "path"));
        try {
            return SpecJson.read(file);
        } catch (SpecReadException e) {
            throw new ToolException(root.relativize(file) + ": " + e.getMessage());
        }
    }

    /** The regular file the path names, confined to the root. */
    public Path resolve(String path) throws ToolException {
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
        if (Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) throw new ToolException("'" + path + "' is a directory: name a spec file");
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) throw new ToolException("'" + path + "' is not a regular file");
        return real;
    }

    static String string(Object value, String name) throws ToolException {
        if (value instanceof String s) return s;
        throw new ToolException("'" + name + "' must be a string");
    }
}
