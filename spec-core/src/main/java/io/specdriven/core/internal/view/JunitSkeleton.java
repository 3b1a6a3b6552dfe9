package io.specdriven.core.internal.view;

import io.specdriven.core.AcceptanceCriterion;
import io.specdriven.core.Requirement;
import io.specdriven.core.Spec;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A JUnit Jupiter test class skeleton per requirement: one {@code @Verifies} test per criterion, its
 * Given/When/Then as comments, and a body that fails until someone writes the test.
 *
 * <p>What comes from the spec never becomes code. Ids reach the source only inside string literals,
 * escaped; texts only inside line comments, one comment per line of text. Java translates {@code \}{@code u}
 * escapes before it reads comments and literals, so every backslash of a text is doubled: a text holding
 * {@code \}{@code u000a} cannot end its comment and inject a line. Class and method names are derived from
 * ids, reduced to Java identifier characters and made unique.
 */
public final class JunitSkeleton {
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    /** The longest class or method name made from an id: file names stay far below 255 bytes. */
    private static final int MAX_NAME = 80;
    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "_");

    private JunitSkeleton() {}

    /**
     * Tells why a name is not a Java package name, if it is not one.
     *
     * @param name such as {@code com.acme.export}
     * @return the problem, or empty for a valid name
     */
    public static Optional<String> packageProblem(String name) {
        if (name.isEmpty()) return Optional.of("a package name must not be empty");
        for (String part : name.split("\\.", -1)) {
            if (part.isEmpty()) return Optional.of("'" + name + "' has an empty part");
            if (KEYWORDS.contains(part)) return Optional.of("'" + name + "' has the Java keyword '" + part + "' as a part");
            if (!Character.isJavaIdentifierStart(part.codePointAt(0))
                    || !part.codePoints().allMatch(Character::isJavaIdentifierPart)) {
                return Optional.of("'" + name + "' is not a Java package name ('" + part + "' is not an identifier)");
            }
        }
        return Optional.empty();
    }

    /** Class names for the requirements, in order: unique, also on file systems that ignore letter case. */
    public static List<String> classNames(List<Requirement> requirements) {
        Set<String> taken = new HashSet<>();
        String[] names = new String[requirements.size()];
        for (int i = 0; i < names.length; i++) {
            String stem = camel(requirements.get(i).id().value());
            if (stem.isEmpty() || !Character.isJavaIdentifierStart(stem.codePointAt(0))) stem = "Requirement" + stem;
            String name = stem + "Test";
            for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) name = stem + n + "Test";
            names[i] = name;
        }
        return List.of(names);
    }

    /** The test class of one requirement. */
    public static String testClass(Spec spec, Requirement r, String packageName, String className) {
        StringBuilder out = new StringBuilder();
        out.append("package ").append(packageName).append(";\n\n");
        out.append("import static org.junit.jupiter.api.Assertions.fail;\n\n");
        out.append("import io.specdriven.junit.Verifies;\n");
        out.append("import org.junit.jupiter.api.Test;\n\n");
        comment(out, "", r.id().value() + " — " + r.title());
        comment(out, "", r.statement());
        r.story().ifPresent(s -> comment(out, "", s.toString()));
        comment(out, "", "Written by `spec render --to junit` from the spec " + spec.id().value()
                + spec.version().map(v -> " version " + v).orElse("") + "; the tool never overwrites this file.");
        out.append("class ").append(className).append(" {\n");
        Set<String> methods = new HashSet<>();
        if (r.criteria().isEmpty()) {
            test(out, methods, r.id().value(), List.of("The requirement has no acceptance criterion yet: this test verifies it"
                    + " as a whole."));
        }
        for (AcceptanceCriterion c : r.criteria()) {
            List<String> lines = new java.util.ArrayList<>();
            lines.add(category(c));
            c.given().ifPresent(t -> lines.add("Given " + t));
            c.when().ifPresent(t -> lines.add("When " + t));
            c.then().ifPresent(t -> lines.add("Then " + t));
            c.statement().ifPresent(lines::add);
            test(out, methods, c.id().value(), lines);
        }
        return out.append("}\n").toString();
    }

    /** "Success criterion", "Edge case: empty data", "Failure mode". */
    private static String category(AcceptanceCriterion c) {
        switch (c.category()) {
            case SUCCESS:
                return "Success criterion";
            case EDGE_CASE:
                return "Edge case" + c.edgeCase().map(k -> ": " + k.name().toLowerCase(Locale.ROOT).replace('_', ' ')).orElse("");
            default:
                return "Failure mode";
        }
    }

    private static void test(StringBuilder out, Set<String> methods, String id, List<String> comments) {
        String stem = snake(id);
        if (stem.isEmpty() || !Character.isJavaIdentifierStart(stem.codePointAt(0)) || KEYWORDS.contains(stem)) stem = "verifies_" + stem;
        String name = stem;
        for (int n = 2; !methods.add(name); n++) name = stem + "_" + n;
        out.append("\n    @Test\n    @Verifies(").append(literal(id)).append(")\n");
        out.append("    void ").append(name).append("() {\n");
        for (String text : comments) comment(out, "        ", text);
        out.append("        fail(").append(literal("not implemented: " + id)).append(");\n    }\n");
    }

    /**
     * The text as line comments, one per line of it, with every backslash doubled and any other control
     * character shown as its code ({@code \\u001b}), which javac reads as plain text.
     */
    private static void comment(StringBuilder out, String indent, String text) {
        for (String line : LINE_BREAK.split(text.replace("\\", "\\\\"), -1)) {
            StringBuilder shown = new StringBuilder(line.length());
            line.strip().chars().forEach(c -> {
                if (c < 0x20 && c != '\t' || c == 0x7f) shown.append(String.format("\\\\u%04x", c));
                else shown.append((char) c);
            });
            out.append(indent).append("//").append(shown.length() == 0 ? "" : " " + shown).append('\n');
        }
    }

    /** A Java string literal of the text: quotes and backslashes escaped, anything not printable as a unicode escape. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c < 0x20 || c == 0x7f || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                out.append(String.format("\\u%04x", (int) c));
            } else out.append(c);
        }
        return out.append('"').toString();
    }

    /** {@code REQ-EXPORT} → {@code ReqExport}: the id's letter and digit runs, each capitalised. */
    private static String camel(String id) {
        StringBuilder out = new StringBuilder();
        for (String part : id.split("[^\\p{L}\\p{Nd}]+")) {
            if (part.isEmpty()) continue;
            out.appendCodePoint(Character.toUpperCase(part.codePointAt(0)));
            out.append(part.substring(Character.charCount(part.codePointAt(0))).toLowerCase(Locale.ROOT));
            if (out.length() >= MAX_NAME) break;
        }
        return cut(out.toString());
    }

    /** {@code AC-EXPORT-1} → {@code ac_export_1}. */
    private static String snake(String id) {
        StringBuilder out = new StringBuilder();
        for (String part : id.split("[^\\p{L}\\p{Nd}]+")) {
            if (part.isEmpty()) continue;
            if (out.length() > 0) out.append('_');
            out.append(part.toLowerCase(Locale.ROOT));
            if (out.length() >= MAX_NAME) break;
        }
        return cut(out.toString());
    }

    private static String cut(String name) {
        if (name.length() <= MAX_NAME) return name;
        int end = Character.isHighSurrogate(name.charAt(MAX_NAME - 1)) ? MAX_NAME - 1 : MAX_NAME;
        return name.substring(0, end);
    }
}
