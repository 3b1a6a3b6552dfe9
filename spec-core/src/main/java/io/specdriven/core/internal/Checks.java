package io.specdriven.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** Argument checks shared by the model's compact constructors and builders. */
public final class Checks {
    private Checks() {}


    /**
     * Returns an unmodifiable copy of {@code list}, failing with a message that names the component and,
     * for a null element, its index.
     */
    public static <T> List<T> copy(List<? extends T> list, String name) {
        Objects.requireNonNull(list, name);
        List<T> copy = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            T element = list.get(i);
            if (element == null) {
                throw new NullPointerException(name + "[" + i + "]");
            }
            copy.add(element);
        }
        return Collections.unmodifiableList(copy);
    }

    /** Checks a builder argument, naming it. */
    public static <T> T notNull(T value, String name) {
        return Objects.requireNonNull(value, name);
    }

    /** Checks every element of a varargs array, naming the index of the first null. */
    public static List<String> elements(String name, String... values) {
        Objects.requireNonNull(values, name);
        return copy(Arrays.asList(values), name);
    }

    /** Throws the builder failure that lists every missing part at once (style 3.4). */
    public static void complete(String what, List<String> missing) {
        if (!missing.isEmpty()) {
            throw new IllegalStateException("cannot build " + what + ": missing " + String.join(", ", missing));
        }
    }
}
