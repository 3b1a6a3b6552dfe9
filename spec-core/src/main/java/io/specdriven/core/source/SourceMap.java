package io.specdriven.core.source;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.validation.ElementPath;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the elements of a spec stand in the document it was read from: element path → location. It lives
 * beside the model, not in it, so records stay plain values and equality ignores layout. A reader records
 * what it can cheaply know (the JSON reader: each element and field it read); {@link #locate(ElementPath)}
 * answers for any path with the nearest located ancestor.
 *
 * @since 0.1
 */
public final class SourceMap {
    private static final SourceMap EMPTY = new SourceMap(Map.of(), SourceLocation.unknown());

    private final Map<ElementPath, SourceLocation> locations;
    private final SourceLocation document;

    private SourceMap(Map<ElementPath, SourceLocation> locations, SourceLocation document) {
        this.locations = locations;
        this.document = document;
    }

    /**
     * Returns a map that knows no place.
     *
     * @return the empty map
     */
    public static SourceMap empty() {
        return EMPTY;
    }

    /**
     * Returns a map of the given locations.
     *
     * @param locations element path → location; copied
     * @param document the location of the document as a whole (its file)
     * @return the map
     */
    public static SourceMap of(Map<ElementPath, SourceLocation> locations, SourceLocation document) {
        requireNonNull(locations, "locations");
        requireNonNull(document, "document");
        return new SourceMap(Map.copyOf(new LinkedHashMap<>(locations)), document);
    }

    /**
     * Returns the location recorded for exactly this path.
     *
     * @param path the element path
     * @return its location, if the reader recorded one
     */
    public Optional<SourceLocation> get(ElementPath path) {
        return Optional.ofNullable(locations.get(requireNonNull(path, "path")));
    }

    /**
     * Returns the location of a path, or of its nearest ancestor the reader located, or of the document.
     *
     * @param path the element path, such as a finding's
     * @return the best location known; {@link SourceLocation#unknown()} if nothing is
     */
    public SourceLocation locate(ElementPath path) {
        requireNonNull(path, "path");
        for (ElementPath p = path; ; p = p.parent()) {
            SourceLocation at = locations.get(p);
            if (at != null) return at;
            if (p.isRoot()) return document;
        }
    }

    /**
     * Returns the location of the document as a whole.
     *
     * @return its file, without a line; or unknown
     */
    public SourceLocation document() {
        return document;
    }

    /**
     * Returns this map with every location in another file, such as the name the user typed.
     *
     * @param name the file name
     * @return the moved map
     */
    public SourceMap inFile(String name) {
        requireNonNull(name, "name");
        Map<ElementPath, SourceLocation> moved = new LinkedHashMap<>();
        locations.forEach((k, v) -> moved.put(k, v.inFile(name)));
        return new SourceMap(Map.copyOf(moved), document.inFile(name));
    }

    /**
     * Returns how many paths are located.
     *
     * @return the number of entries
     */
    public int size() {
        return locations.size();
    }

    @Override
    public String toString() {
        return "SourceMap[" + locations.size() + " locations in " + document + "]";
    }
}
