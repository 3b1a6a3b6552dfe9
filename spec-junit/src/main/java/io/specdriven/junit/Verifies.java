package io.specdriven.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the spec elements a test proves: acceptance criteria, or a requirement, use case, flow
 * ({@code UC-1/A1}) or business rule as a whole.
 *
 * <pre>{@code
 * @Test
 * @Verifies("AC-EXPORT-1")
 * void exports_header_and_rows() { ... }
 *
 * @Test
 * @Verifies({"AC-EMPTY", "REQ-EXPORT"})
 * void empty_report_shows_message() { ... }
 * }</pre>
 *
 * <p>On a test class, it names ids for every test of the class, of its subclasses and of its
 * {@code @Nested} classes, in addition to the ids each test names itself. It is repeatable. Every
 * invocation of a parameterized or repeated test and every dynamic test of a {@code @TestFactory} counts
 * as a test of its own, with the ids of its method.
 *
 * @since 0.1
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Repeatable(Verifies.List.class)
public @interface Verifies {
    /**
     * Returns the ids the test proves.
     *
     * @return criterion, requirement, use case, flow or business rule ids, as the spec writes them
     */
    String[] value();

    /**
     * Holds repeated {@link Verifies} annotations; written by the compiler, not by hand.
     *
     * @since 0.1
     */
    @Documented
    @Inherited
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @interface List {
        /**
         * Returns the repeated annotations.
         *
         * @return the annotations, in order
         */
        Verifies[] value();
    }
}
