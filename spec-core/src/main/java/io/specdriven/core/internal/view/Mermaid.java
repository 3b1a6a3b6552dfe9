package io.specdriven.core.internal.view;

import io.specdriven.core.Attribute;
import io.specdriven.core.Cardinality;
import io.specdriven.core.Entity;
import io.specdriven.core.Id;
import io.specdriven.core.Relationship;
import io.specdriven.core.RelationshipKind;
import io.specdriven.core.Spec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Mermaid {@code erDiagram} and {@code classDiagram} of the entity model.
 *
 * <p>The erDiagram quotes every entity name (Mermaid's ER lexer is case-insensitive and has keywords such
 * as {@code end}, {@code class} and {@code one}; quoted names are safe for any id). Attribute names
 * Mermaid cannot take as one word are replaced by a safe word and the real name goes into the
 * attribute's comment. The classDiagram gives classes whose names are not plain ASCII identifiers an
 * alias and shows the real name as the class label; no alias equals another class's plain name. A
 * spec without entities gives an erDiagram without statements, which Mermaid accepts, and a
 * classDiagram holding only a note saying so, since Mermaid rejects an empty one. Relationships to entities the spec does not declare
 * are left out (the validator reports them).
 */
public final class Mermaid {
    private static final Set<String> CLASS_KEYWORDS = Set.of("class", "classdiagram", "classdiagram-v2",
            "classdef", "cssclass", "callback", "link", "click", "note", "href", "call", "namespace", "style",
            "direction", "_self", "_blank", "_parent", "_top", "o", "end", "graph", "default",
            // accessibility statements: "accTitle : x" reads as one, so the name must not start a line's id
            "acctitle", "accdescr");

    private Mermaid() {}

    /** Renders the erDiagram. */
    public static String erDiagram(Spec spec) {
        StringBuilder out = new StringBuilder("erDiagram\n");
        Set<Id> declared = declared(spec);
        java.util.Map<Id, String> erName = erNames(spec);
        Set<Id> written = new HashSet<>();
        for (Entity e : spec.entities()) {
            String name = erName.get(e.name());
            out.append("    ").append(name);
            // an aliased entity shows its real name as the label, once (a repeated name is one entity anyway)
            if (!name.startsWith("\"") && written.add(e.name())) {
                out.append("[\"").append(Aliases.mermaidQuoted(e.name().value())).append("\"]");
            }
            if (e.attributes().isEmpty()) {
                out.append('\n');
                continue;
            }
            out.append(" {\n");
            for (Attribute a : e.attributes()) {
                String word = erWord(a.name());
                out.append("        ").append(type(a)).append(' ').append(word);
                List<String> keys = new ArrayList<>();
                if (a.identifier()) keys.add("PK");
                if (a.unique() && !a.identifier()) keys.add("UK");
                if (!keys.isEmpty()) out.append(' ').append(String.join(", ", keys));
                String comment = comment(a, !word.equals(a.name()));
                if (!comment.isEmpty()) out.append(" \"").append(Aliases.mermaidQuoted(comment)).append('"');
                out.append('\n');
            }
            out.append("    }\n");
        }
        for (Entity e : spec.entities()) {
            for (Relationship r : e.relationships()) {
                if (!declared.contains(r.target())) continue;
                out.append("    ").append(erName.get(e.name())).append(' ').append(erLink(r))
                        .append(' ').append(erName.get(r.target())).append(" : \"")
                        .append(Aliases.mermaidQuoted(r.name())).append("\"\n");
            }
        }
        return out.toString();
    }

    /**
     * How the erDiagram names each entity: quoted, {@code "Order Line"}, when the name holds nothing Mermaid
     * reads inside quotes ({@code "}, {@code %}, {@code \\}, {@code <}, {@code >}, {@code ~}, {@code #}, a
     * backtick or a control character); else an ASCII alias such as {@code E_dsn_cli_2}, with the name as
     * its label. No alias equals a quoted name.
     */
    private static java.util.Map<Id, String> erNames(Spec spec) {
        java.util.Map<Id, String> names = new java.util.HashMap<>();
        Aliases aliases = new Aliases("E_");
        for (Entity e : spec.entities()) {
            if (erQuotable(e.name().value())) aliases.reserve(e.name().value());
        }
        for (Entity e : spec.entities()) {
            String name = e.name().value();
            names.computeIfAbsent(e.name(), k -> erQuotable(name) ? "\"" + name + "\"" : aliases.of(k));
        }
        return names;
    }

    private static boolean erQuotable(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if ("\"%\\<>~#`".indexOf(c) >= 0 || Character.isISOControl(c) || LineBreaks.is(c)) return false;
        }
        return true;
    }

    /** The classDiagram of a spec without entities: Mermaid rejects a classDiagram with no statement. */
    static final String NO_ENTITIES = "classDiagram\n    note \"The spec declares no entities.\"\n";

    /** Renders the classDiagram. */
    public static String classDiagram(Spec spec) {
        if (spec.entities().isEmpty()) return NO_ENTITIES;
        StringBuilder out = new StringBuilder("classDiagram\n");
        Aliases aliases = new Aliases("E_");
        // plain names are reserved first, so an alias never equals another entity's plain name
        // (a-b would otherwise get E_a_b, the id of an entity named E_a_b, and the two would merge)
        for (Entity e : spec.entities()) {
            if (plainClassId(e.name().value())) aliases.reserve(e.name().value());
        }
        List<String> ids = new ArrayList<>();
        Set<Id> declared = declared(spec);
        for (Entity e : spec.entities()) {
            String name = e.name().value();
            boolean plain = plainClassId(name);
            String id = plain ? name : aliases.of(e.name());
            ids.add(id);
            out.append("    class ").append(id);
            if (!plain) out.append("[\"").append(Aliases.mermaidQuoted(name)).append("\"]");
            if (e.attributes().isEmpty()) {
                out.append('\n');
                continue;
            }
            out.append(" {\n");
            for (Attribute a : e.attributes()) {
                out.append("        ").append(type(a)).append(' ').append(Aliases.plain(a.name())).append('\n');
            }
            out.append("    }\n");
        }
        java.util.Map<Id, String> idOf = new java.util.HashMap<>();
        for (int i = 0; i < spec.entities().size(); i++) idOf.putIfAbsent(spec.entities().get(i).name(), ids.get(i));
        for (Entity e : spec.entities()) {
            for (Relationship r : e.relationships()) {
                if (!declared.contains(r.target())) continue;
                String arrow = switch (r.kind()) {
                    case COMPOSITION -> "*--";
                    case AGGREGATION -> "o--";
                    case ASSOCIATION -> "-->";
                };
                out.append("    ").append(idOf.get(e.name())).append(' ');
                r.sourceCardinality().ifPresent(c -> out.append('"').append(c.notation()).append("\" "));
                out.append(arrow);
                r.cardinality().ifPresent(c -> out.append(" \"").append(c.notation()).append('"'));
                out.append(' ').append(idOf.get(r.target())).append(" : ").append(Aliases.plain(r.name())).append('\n');
            }
        }
        return out.toString();
    }

    /** Whether a name can be a classDiagram id as it is: an ASCII identifier that is no keyword. */
    private static boolean plainClassId(String name) {
        return name.matches("[A-Za-z][A-Za-z0-9_]*") && !CLASS_KEYWORDS.contains(name.toLowerCase(Locale.ROOT));
    }

    private static Set<Id> declared(Spec spec) {
        Set<Id> names = new HashSet<>();
        spec.entities().forEach(e -> names.add(e.name()));
        return names;
    }

    static String type(Attribute a) {
        return a.type().name().toLowerCase(Locale.ROOT);
    }

    /**
     * A word Mermaid's ER lexer reads as one attribute name: ASCII letters, digits and {@code _}, and
     * letters from U+00C0 up, which its grammar accepts; not {@code PK}, {@code FK} or {@code UK}.
     */
    static String erWord(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'
                    || (c >= '0' && c <= '9' && i > 0) || (c >= '\u00C0' && Character.isLetter(c));
            out.append(ok ? c : '_');
        }
        String word = out.length() == 0 ? "_" : out.toString();
        String upper = word.toUpperCase(Locale.ROOT);
        return upper.equals("PK") || upper.equals("FK") || upper.equals("UK") ? "_" + word : word;
    }

    private static String comment(Attribute a, boolean renamed) {
        List<String> parts = new ArrayList<>();
        if (renamed) parts.add(a.name());
        parts.addAll(Constraints.of(a));
        a.description().ifPresent(parts::add);
        return String.join("; ", parts);
    }

    private static String erLink(Relationship r) {
        // Mermaid needs a cardinality on both ends. The source's end is sourceCardinality where the spec
        // states it (issue 9: 1 to 0..* is ||--o{, one-to-many); otherwise a composition's is exactly one
        // (a part has one whole) and any other is left open (zero or more). A stated source end is a
        // relationship both of whose ends are known: drawn as a solid line, like a composition.
        String left = r.sourceCardinality().map(c -> switch (c) {
            case ONE -> "||";
            case ZERO_OR_ONE -> "|o";
            case ZERO_OR_MORE -> "}o";
            case ONE_OR_MORE -> "}|";
        }).orElse(r.kind() == RelationshipKind.COMPOSITION ? "||" : "}o");
        String line = r.kind() == RelationshipKind.COMPOSITION || r.sourceCardinality().isPresent() ? "--" : "..";
        String right = switch (r.cardinality().orElse(Cardinality.ZERO_OR_MORE)) {
            case ONE -> "||";
            case ZERO_OR_ONE -> "o|";
            case ZERO_OR_MORE -> "o{";
            case ONE_OR_MORE -> "|{";
        };
        return left + line + right;
    }
}
