package io.specdriven.core.view;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.Id;

/**
 * A generated JUnit Jupiter test class skeleton: one requirement as a class, one {@code @Verifies} test per
 * acceptance criterion with its Given/When/Then as comments and a body that fails until it is written.
 *
 * @param packageName the Java package, such as {@code com.acme.export}
 * @param className the class name, such as {@code ReqExportTest}, unique among the classes of one spec (also
 *     on case-insensitive file systems)
 * @param requirement the id of the requirement it was generated from
 * @param content the source text, ending with a line break
 * @since 0.1
 */
public record TestClassFile(String packageName, String className, Id requirement, String content) {
    /**
     * Checks for nulls.
     *
     * @param packageName the Java package
     * @param className the class name
     * @param requirement the id of the requirement it was generated from
     * @param content the source text
     */
    public TestClassFile {
        requireNonNull(packageName, "packageName");
        requireNonNull(className, "className");
        requireNonNull(requirement, "requirement");
        requireNonNull(content, "content");
    }

    /**
     * Returns where the file goes under a source root, as Java lays sources out.
     *
     * @return such as {@code com/acme/export/ReqExportTest.java}
     */
    public String relativePath() {
        return packageName.replace('.', '/') + "/" + className + ".java";
    }
}
