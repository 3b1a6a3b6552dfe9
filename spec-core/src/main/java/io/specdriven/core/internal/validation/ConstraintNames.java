package io.specdriven.core.internal.validation;

import io.specdriven.core.Spec;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names of the Bean Validation constraints on the model, as {@link BeanValidationRule} reports them
 * ({@code NotBlank}, {@code Size}, …): found once by walking the record components from {@link Spec} down,
 * on declarations and on type arguments. The validator's builder checks {@code constraint.X} settings
 * against them, so a misspelt constraint is refused instead of being ignored.
 */
public final class ConstraintNames {
    private ConstraintNames() {}

    private static final class Holder {
        static final Set<String> NAMES = Collections.unmodifiableSet(walk());
    }

    /**
     * Returns the constraint names, sorted.
     *
     * @return such as {@code NotBlank}, {@code Positive}, {@code PositiveOrZero}, {@code Size}
     */
    public static Set<String> all() {
        return Holder.NAMES;
    }

    private static Set<String> walk() {
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
        boolean nonBlank = a instanceof Pattern && ((Pattern) a).regexp().equals(BeanValidationRule.NON_BLANK);
        names.add(nonBlank ? "NotBlank" : a.annotationType().getSimpleName());
    }
}
