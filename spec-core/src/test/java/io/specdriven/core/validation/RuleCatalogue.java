package io.specdriven.core.validation;

import io.specdriven.core.Spec;
import io.specdriven.core.internal.validation.BeanValidationRule;
import io.specdriven.core.internal.validation.Rule;
import io.specdriven.core.internal.validation.Waivers;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;

/** Every rule id with its severity in each profile: as the code has it, and as docs/rules.md says. */
final class RuleCatalogue {
    private RuleCatalogue() {}

    static final Path DOCS = Path.of("..", "docs", "rules.md");
    static final String OFF = "—";

    /** Rule id → severity per profile, in lower case, or {@value #OFF} where the profile does not run the rule. */
    static Map<String, Map<Profile, String>> fromCode() {
        Map<String, Map<Profile, String>> out = new TreeMap<>();
        for (Profile p : Profile.values()) {
            for (SpecRule rule : SpecValidator.of(p).rules()) {
                if (rule instanceof BeanValidationRule) {
                    for (String c : constraintNames()) put(out, "constraint." + c, p, Severity.ERROR);
                } else {
                    Severity s = ((Rule) rule).severity();
                    put(out, rule.id(), p, p == Profile.STRICT ? Severity.ERROR : s);
                }
            }
            put(out, SpecValidator.RULE_FAILED, p, Severity.ERROR);
            put(out, Waivers.UNMATCHED, p, p == Profile.STRICT ? Severity.ERROR : Severity.WARNING);
        }
        for (Map<Profile, String> m : out.values()) {
            for (Profile p : Profile.values()) m.putIfAbsent(p, OFF);
        }
        return out;
    }

    private static void put(Map<String, Map<Profile, String>> out, String id, Profile p, Severity s) {
        out.computeIfAbsent(id, k -> new EnumMap<>(Profile.class)).put(p, s.name().toLowerCase(Locale.ROOT));
    }

    /** The rows of the catalogue table in docs/rules.md: | `id` | basic | standard | strict | area | */
    static Map<String, Map<Profile, String>> fromDocs() throws IOException {
        Map<String, Map<Profile, String>> out = new TreeMap<>();
        java.util.regex.Pattern row = java.util.regex.Pattern.compile(
                "^\\| `([A-Za-z.-]+)` \\| (\\S+) \\| (\\S+) \\| (\\S+) \\|.*");
        for (String line : Files.readAllLines(DOCS, StandardCharsets.UTF_8)) {
            Matcher m = row.matcher(line);
            if (!m.matches()) continue;
            Map<Profile, String> sev = new EnumMap<>(Profile.class);
            for (Profile p : Profile.values()) sev.put(p, m.group(p.ordinal() + 2));
            if (out.put(m.group(1), sev) != null) throw new AssertionError("rule " + m.group(1) + " listed twice");
        }
        return out;
    }

    /** The ids that have a section of their own in docs/rules.md: ### `id` */
    static Set<String> sectionsInDocs() throws IOException {
        Set<String> out = new TreeSet<>();
        java.util.regex.Pattern heading = java.util.regex.Pattern.compile("^### `([A-Za-z.-]+)`\\s*$");
        for (String line : Files.readAllLines(DOCS, StandardCharsets.UTF_8)) {
            Matcher m = heading.matcher(line);
            if (m.matches()) out.add(m.group(1));
        }
        return out;
    }

    /**
     * The names of the Bean Validation constraints on the model, as the constraint rule reports them: found
     * by walking the record components from Spec down, on declarations and on type arguments.
     */
    static Set<String> constraintNames() {
        Set<String> names = new TreeSet<>();
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(Spec.class));
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (!type.isRecord() || !seen.add(type)) continue;
            for (RecordComponent c : type.getRecordComponents()) {
                for (Annotation a : c.getAnnotations()) name(a, names);
                collect(c.getAnnotatedType(), names, todo);
            }
        }
        return names;
    }

    private static void collect(AnnotatedType t, Set<String> names, Deque<Class<?>> todo) {
        for (Annotation a : t.getAnnotations()) name(a, names);
        Type raw = t.getType() instanceof ParameterizedType ? ((ParameterizedType) t.getType()).getRawType() : t.getType();
        if (raw instanceof Class) todo.push((Class<?>) raw);
        if (t instanceof AnnotatedParameterizedType) {
            for (AnnotatedType arg : ((AnnotatedParameterizedType) t).getAnnotatedActualTypeArguments()) {
                collect(arg, names, todo);
            }
        }
    }

    private static void name(Annotation a, Set<String> names) {
        if (!a.annotationType().getPackageName().equals("jakarta.validation.constraints")) return;
        boolean nonBlank = a instanceof Pattern && ((Pattern) a).regexp().equals("(?s).*\\S.*");
        names.add(nonBlank ? "NotBlank" : a.annotationType().getSimpleName());
    }
}
