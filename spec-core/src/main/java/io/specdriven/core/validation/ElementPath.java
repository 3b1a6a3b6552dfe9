package io.specdriven.core.validation;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.AcceptanceCriterion;
import io.specdriven.core.Actor;
import io.specdriven.core.Attribute;
import io.specdriven.core.BusinessRule;
import io.specdriven.core.Entity;
import io.specdriven.core.Flow;
import io.specdriven.core.GlossaryTerm;
import io.specdriven.core.Id;
import io.specdriven.core.Relationship;
import io.specdriven.core.Requirement;
import io.specdriven.core.Step;
import io.specdriven.core.UseCase;
import io.specdriven.core.internal.Checks;
import io.specdriven.core.internal.NaturalOrder;
import io.specdriven.core.internal.model.Part;
import io.specdriven.core.internal.model.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where in a spec a finding stands, naming elements by id rather than by position:
 * {@code requirements[REQ-7].criteria[AC-2].then}. The empty path is the spec itself.
 *
 * <p>Keys are element ids, or names (attributes, relationships, glossary terms), or step numbers, or, for
 * plain lists of text, the 0-based index. In the text form a {@code ]} or {@code \} inside a key is
 * escaped with a backslash. Paths sort segment by segment in natural order, so {@code REQ-2} comes
 * before {@code REQ-10}.
 *
 * <p>A custom {@link SpecRule} names the element it reports on with the {@code of} methods, which spell
 * paths exactly as the built-in rules do, and adds the field with {@link #field(String)}:
 *
 * <pre>{@code
 * for (Requirement r : spec.requirements()) {
 *     for (AcceptanceCriterion c : r.criteria()) {
 *         if (c.then().isEmpty()) sink.report("team.then", Severity.WARNING,
 *                 ElementPath.of(r, c).field("then"), "say what the user sees");   // requirements[R].criteria[C].then
 *     }
 * }
 * }</pre>
 *
 * @param segments the segments, from the spec down
 * @since 0.1
 */
public record ElementPath(List<Segment> segments) implements Comparable<ElementPath> {
    private static final ElementPath ROOT = new ElementPath(List.of());

    /**
     * Checks for nulls and copies the list.
     *
     * @param segments the segments, from the spec down
     */
    public ElementPath {
        segments = Checks.copy(segments, "segments");
    }

    /**
     * One step of a path: a field name, and for an element of a list, its key.
     *
     * @param name the field name, such as {@code requirements} or {@code title}
     * @param key the element's key within the list, if this segment selects an element
     */
    public record Segment(String name, Optional<String> key) {
        /**
         * Checks for nulls and an empty name.
         *
         * @param name the field name
         * @param key the element's key, if this segment selects an element
         */
        public Segment {
            requireNonNull(name, "name");
            requireNonNull(key, "key");
            if (name.isEmpty()) {
                throw new IllegalArgumentException("a path segment needs a name");
            }
        }

        @Override
        public String toString() {
            return key.map(k -> name + "[" + escape(k) + "]").orElse(name);
        }
    }

    /**
     * Returns the path of the spec itself.
     *
     * @return the empty path
     */
    public static ElementPath root() {
        return ROOT;
    }

    /**
     * Returns the path of a requirement: {@code requirements[REQ-7]}.
     *
     * @param requirement the requirement
     * @return its path
     * @since 0.1
     */
    public static ElementPath of(Requirement requirement) {
        return below(ROOT, Shape.SPEC, Shape.REQUIREMENT, requireNonNull(requirement, "requirement"));
    }

    /**
     * Returns the path of an acceptance criterion: {@code requirements[REQ-7].criteria[AC-2]}.
     *
     * @param requirement the requirement that holds it
     * @param criterion the criterion
     * @return its path
     * @since 0.1
     */
    public static ElementPath of(Requirement requirement, AcceptanceCriterion criterion) {
        return below(of(requirement), Shape.REQUIREMENT, Shape.CRITERION, requireNonNull(criterion, "criterion"));
    }

    /**
     * Returns the path of a use case: {@code useCases[UC-1]}.
     *
     * @param useCase the use case
     * @return its path
     * @since 0.1
     */
    public static ElementPath of(UseCase useCase) {
        return below(ROOT, Shape.SPEC, Shape.USE_CASE, requireNonNull(useCase, "useCase"));
    }

    /**
     * Returns the path of an alternative or exception flow: {@code useCases[UC-1].flows[A1]}.
     *
     * @param useCase the use case that holds it
     * @param flow the flow
     * @return its path
     * @since 0.1
     */
    public static ElementPath of(UseCase useCase, Flow flow) {
        return below(of(useCase), Shape.USE_CASE, Shape.FLOW, requireNonNull(flow, "flow"));
    }

    /**
     * Returns the path of a step of a use case's main flow: {@code useCases[UC-1].mainFlow[2]}.
     *
     * @param useCase the use case
     * @param step a step of its main flow
     * @return its path
     * @since 0.1
     */
    public static ElementPath of(UseCase useCase, Step step) {
        return below(of(useCase), Shape.USE_CASE, Shape.STEP, requireNonNull(step, "step"));
    }

    /**
     * Returns the path of a step of an alternative or exception flow: {@code useCases[UC-1].flows[A1].steps[1]}.
     *
     * @param useCase the use case
     * @param flow the flow that holds the step
     * @param step the step
     * @return its path
     * @since 0.1
     */
    public static ElementPath of(UseCase useCase, Flow flow, Step step) {
        return below(of(useCase, flow), Shape.FLOW, Shape.STEP, requireNonNull(step, "step"));
    }

    /**
     * Returns the path of a business rule: {@code useCases[UC-1].businessRules[BR-1]}.
     *
     * @param useCase the use case that holds it
     * @param rule the rule
     * @return its path
     * @since 0.1
     */
    public static ElementPath of(UseCase useCase, BusinessRule rule) {
        return below(of(useCase), Shape.USE_CASE, Shape.BUSINESS_RULE, requireNonNull(rule, "rule"));
    }

    /**
     * Returns the path of an entity: {@code entities[Order]}.
     *
     * @param entity the entity
     * @return its path
     * @since 0.1
     */
    public static ElementPath of(Entity entity) {
        return below(ROOT, Shape.SPEC, Shape.ENTITY, requireNonNull(entity, "entity"));
    }

    /**
     * Returns the path of an attribute: {@code entities[Order].attributes[total]}.
     *
     * @param entity the entity that holds it
     * @param attribute the attribute
     * @return its path
     * @since 0.1
     */
    public static ElementPath of(Entity entity, Attribute attribute) {
        return below(of(entity), Shape.ENTITY, Shape.ATTRIBUTE, requireNonNull(attribute, "attribute"));
    }

    /**
     * Returns the path of a relationship: {@code entities[Order].relationships[lines]}.
     *
     * @param entity the entity that holds it
     * @param relationship the relationship
     * @return its path
     * @since 0.1
     */
    public static ElementPath of(Entity entity, Relationship relationship) {
        return below(of(entity), Shape.ENTITY, Shape.RELATIONSHIP, requireNonNull(relationship, "relationship"));
    }

    /**
     * Returns the path of an actor: {@code actors[ANALYST]}.
     *
     * @param actor the actor
     * @return its path
     * @since 0.1
     */
    public static ElementPath of(Actor actor) {
        return below(ROOT, Shape.SPEC, Shape.ACTOR, requireNonNull(actor, "actor"));
    }

    /**
     * Returns the path of a glossary term: {@code glossary[basket]}.
     *
     * @param term the term
     * @return its path
     * @since 0.1
     */
    public static ElementPath of(GlossaryTerm term) {
        return below(ROOT, Shape.SPEC, Shape.GLOSSARY_TERM, requireNonNull(term, "term"));
    }

    private static ElementPath below(ElementPath parentPath, Part<?> parent, Part<?> child, Object element) {
        return parentPath.element(Lists.name(parent, child), child.key(element));
    }

    /** The lists' names, looked up in the model's description once. */
    private static final class Lists {
        private static final java.util.Map<Part<?>, java.util.Map<Part<?>, String>> NAMES = new java.util.HashMap<>();

        static {
            for (Part<?> parent : List.of(Shape.SPEC, Shape.REQUIREMENT, Shape.USE_CASE, Shape.FLOW, Shape.ENTITY)) {
                for (Part<?> child : List.of(Shape.ACTOR, Shape.GLOSSARY_TERM, Shape.REQUIREMENT, Shape.CRITERION,
                        Shape.USE_CASE, Shape.FLOW, Shape.STEP, Shape.BUSINESS_RULE, Shape.ENTITY, Shape.ATTRIBUTE,
                        Shape.RELATIONSHIP)) {
                    parent.fields().stream().filter(f -> f.part() == child).findFirst().ifPresent(f ->
                            NAMES.computeIfAbsent(parent, k -> new java.util.HashMap<>()).put(child, f.name()));
                }
            }
        }

        static String name(Part<?> parent, Part<?> child) {
            return NAMES.get(parent).get(child);
        }
    }

    /**
     * Returns the path of a field below this one.
     *
     * @param name the field name
     * @return the longer path
     */
    public ElementPath field(String name) {
        return append(new Segment(requireNonNull(name, "name"), Optional.empty()));
    }

    /**
     * Returns the path of an element of a list below this one, such as {@code requirements[REQ-7]}.
     *
     * @param list the list's field name
     * @param key the element's key
     * @return the longer path
     */
    public ElementPath element(String list, String key) {
        return append(new Segment(requireNonNull(list, "list"), Optional.of(requireNonNull(key, "key"))));
    }

    /**
     * Returns the path of an element identified by an id, such as {@code requirements[REQ-7]}.
     *
     * @param list the list's field name
     * @param id the element's id
     * @return the longer path
     */
    public ElementPath element(String list, Id id) {
        return element(list, requireNonNull(id, "id").value());
    }

    private ElementPath append(Segment segment) {
        List<Segment> longer = new ArrayList<>(segments.size() + 1);
        longer.addAll(segments);
        longer.add(segment);
        return new ElementPath(longer);
    }

    /**
     * Returns the path one segment up; the root's parent is the root.
     *
     * @return the parent path
     */
    public ElementPath parent() {
        return segments.isEmpty() ? this : new ElementPath(segments.subList(0, segments.size() - 1));
    }

    /**
     * Tells whether this is the spec itself.
     *
     * @return whether the path is empty
     */
    public boolean isRoot() {
        return segments.isEmpty();
    }

    /**
     * Tells whether this path is {@code ancestor} or lies below it.
     *
     * @param ancestor the candidate ancestor
     * @return whether {@code ancestor} is a prefix of this path
     */
    public boolean startsWith(ElementPath ancestor) {
        requireNonNull(ancestor, "ancestor");
        return ancestor.segments.size() <= segments.size()
                && segments.subList(0, ancestor.segments.size()).equals(ancestor.segments);
    }

    /**
     * Parses the text form produced by {@link #toString()}.
     *
     * @param text such as {@code requirements[REQ-7].criteria[AC-2].then}, or empty for the root
     * @return the path
     * @throws IllegalArgumentException if the text is not a path
     */
    public static ElementPath parse(String text) {
        requireNonNull(text, "text");
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && text.charAt(i) != '.' && text.charAt(i) != '[') {
                if (text.charAt(i) == ']') throw malformed(text, i);
                i++;
            }
            String name = text.substring(start, i);
            if (name.isEmpty()) throw malformed(text, i);
            Optional<String> key = Optional.empty();
            if (i < text.length() && text.charAt(i) == '[') {
                StringBuilder k = new StringBuilder();
                i++;
                while (i < text.length() && text.charAt(i) != ']') {
                    char c = text.charAt(i);
                    if (c == '\\' && i + 1 < text.length()) {
                        c = text.charAt(++i);
                    }
                    k.append(c);
                    i++;
                }
                if (i >= text.length()) throw malformed(text, i);
                i++; // the closing bracket
                key = Optional.of(k.toString());
            }
            segments.add(new Segment(name, key));
            if (i < text.length()) {
                if (text.charAt(i) != '.' || i == text.length() - 1) throw malformed(text, i);
                i++;
            }
        }
        return new ElementPath(segments);
    }

    private static IllegalArgumentException malformed(String text, int at) {
        return new IllegalArgumentException("invalid element path '" + text + "' at character " + (at + 1)
                + ": expected name, name[key] or segments joined by '.'");
    }

    private static String escape(String key) {
        if (key.indexOf(']') < 0 && key.indexOf('\\') < 0) return key;
        return key.replace("\\", "\\\\").replace("]", "\\]");
    }

    @Override
    public int compareTo(ElementPath other) {
        int n = Math.min(segments.size(), other.segments.size());
        for (int i = 0; i < n; i++) {
            Segment a = segments.get(i);
            Segment b = other.segments.get(i);
            int c = a.name.compareTo(b.name);
            if (c != 0) return c;
            if (a.key.isPresent() != b.key.isPresent()) return a.key.isPresent() ? 1 : -1;
            if (a.key.isPresent()) {
                c = NaturalOrder.INSTANCE.compare(a.key.get(), b.key.get());
                if (c != 0) return c;
            }
        }
        return Integer.compare(segments.size(), other.segments.size());
    }

    /** Returns the text form, such as {@code requirements[REQ-7].criteria[AC-2].then}; empty for the root. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Segment s : segments) {
            if (out.length() > 0) out.append('.');
            out.append(s);
        }
        return out.toString();
    }
}
