package io.specdriven.json.internal;

import io.specdriven.core.Entity;
import io.specdriven.core.Flow;
import io.specdriven.core.Requirement;
import io.specdriven.core.Spec;
import io.specdriven.core.UseCase;
import io.specdriven.core.source.SourceLocation;
import io.specdriven.core.source.SourceMap;
import io.specdriven.core.validation.ElementPath;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Where the elements of a spec stand in its JSON text: one pass over the tokens records the position of
 * every value by its JSON Pointer (an object property at its name), then the model's elements are matched
 * to the pointers of the lists they came from ({@code /requirements/2} is the third requirement), and each
 * element's own fields to the properties under it. Linear in the document.
 */
final class Locations {
    private final Map<String, int[]> at = new HashMap<>();
    private final Map<String, List<String>> fields = new HashMap<>();
    private final Map<ElementPath, SourceLocation> out = new LinkedHashMap<>();
    private final String file;

    private Locations(String file) {
        this.file = file;
    }

    static SourceMap of(JsonParser p, Spec spec, String file) {
        Locations l = new Locations(file);
        l.scan(p);
        l.element(ElementPath.root(), "");
        for (int i = 0; i < spec.actors().size(); i++) l.element(ElementPath.of(spec.actors().get(i)), "/actors/" + i);
        for (int i = 0; i < spec.glossary().size(); i++) {
            l.element(ElementPath.of(spec.glossary().get(i)), "/glossary/" + i);
        }
        for (int i = 0; i < spec.requirements().size(); i++) {
            Requirement r = spec.requirements().get(i);
            String at = "/requirements/" + i;
            l.element(ElementPath.of(r), at);
            for (int j = 0; j < r.criteria().size(); j++) l.element(ElementPath.of(r, r.criteria().get(j)), at + "/criteria/" + j);
        }
        for (int i = 0; i < spec.useCases().size(); i++) {
            UseCase u = spec.useCases().get(i);
            String at = "/useCases/" + i;
            l.element(ElementPath.of(u), at);
            for (int j = 0; j < u.mainFlow().size(); j++) l.element(ElementPath.of(u, u.mainFlow().get(j)), at + "/mainFlow/" + j);
            for (int j = 0; j < u.flows().size(); j++) {
                Flow f = u.flows().get(j);
                l.element(ElementPath.of(u, f), at + "/flows/" + j);
                for (int k = 0; k < f.steps().size(); k++) {
                    l.element(ElementPath.of(u, f, f.steps().get(k)), at + "/flows/" + j + "/steps/" + k);
                }
            }
            for (int j = 0; j < u.businessRules().size(); j++) {
                l.element(ElementPath.of(u, u.businessRules().get(j)), at + "/businessRules/" + j);
            }
        }
        for (int i = 0; i < spec.entities().size(); i++) {
            Entity e = spec.entities().get(i);
            String at = "/entities/" + i;
            l.element(ElementPath.of(e), at);
            for (int j = 0; j < e.attributes().size(); j++) l.element(ElementPath.of(e, e.attributes().get(j)), at + "/attributes/" + j);
            for (int j = 0; j < e.relationships().size(); j++) {
                l.element(ElementPath.of(e, e.relationships().get(j)), at + "/relationships/" + j);
            }
        }
        return SourceMap.of(l.out, SourceLocation.file(file));
    }

    /** Records the position of every value, by pointer; an object's properties at their names. */
    private void scan(JsonParser p) {
        Deque<String> pointers = new ArrayDeque<>();
        Deque<int[]> indexes = new ArrayDeque<>(); // per open container: the next array index, or -1 in an object
        String pending = null; // the pointer of the property whose value comes next
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
            if (t == JsonToken.PROPERTY_NAME) {
                String parent = pointers.peek();
                String name = p.currentName();
                pending = parent + "/" + name.replace("~", "~0").replace("/", "~1");
                at.putIfAbsent(pending, position(p.currentTokenLocation()));
                fields.computeIfAbsent(parent, k -> new java.util.ArrayList<>()).add(name);
                continue;
            }
            if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                pointers.pop();
                indexes.pop();
                continue;
            }
            String pointer;
            if (pending != null) {
                pointer = pending;
                pending = null;
            } else if (indexes.isEmpty()) {
                pointer = "";
            } else {
                pointer = pointers.peek() + "/" + indexes.peek()[0]++;
            }
            at.putIfAbsent(pointer, position(p.currentTokenLocation()));
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                pointers.push(pointer);
                indexes.push(new int[] {t == JsonToken.START_ARRAY ? 0 : -1});
            }
        }
    }

    private static int[] position(TokenStreamLocation l) {
        return new int[] {Math.max(0, l.getLineNr()), l.getLineNr() > 0 ? Math.max(0, l.getColumnNr()) : 0};
    }

    /** Puts an element at its object's position, and each of its properties at the property's name. */
    private void element(ElementPath path, String pointer) {
        int[] start = at.get(pointer);
        if (start == null) return;
        if (!path.isRoot()) put(path, pointer);
        for (String name : fields.getOrDefault(pointer, List.of())) {
            ElementPath field;
            try {
                field = path.field(name);
            } catch (IllegalArgumentException e) {
                continue; // a name a path cannot hold (such as "$schema"): no finding stands there
            }
            put(field, pointer + "/" + name.replace("~", "~0").replace("/", "~1"));
        }
    }

    private void put(ElementPath path, String pointer) {
        int[] p = at.get(pointer);
        if (p != null && p[0] > 0) out.putIfAbsent(path, SourceLocation.of(file, p[0], p[1], pointer));
    }
}
