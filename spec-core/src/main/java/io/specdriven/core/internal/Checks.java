package io.specdriven.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.math.BigDecimal;
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

    /**
     * Checks a decimal bound against the limits the JSON reader sets (issue 14, defect 10): a value beyond
     * them is no bound anyone can state, and {@code toPlainString} of {@code 1E+2147483647} fails
     * ({@code NegativeArraySizeException}), of {@code 1E+100000000} makes 100 MB.
     *
     * @param value the bound
     * @param name its component, for the message
     * @param maxExponent the largest adjusted exponent, either sign
     * @param maxLength the most characters of {@link BigDecimal#toString()}
     * @return the value
     * @throws IllegalArgumentException if the value is beyond either limit
     */
    public static BigDecimal decimal(BigDecimal value, String name, int maxExponent, int maxLength) {
        // digits first: they bound the cost of everything after it, and the length of the message
        int precision = value.precision();
        if (precision > maxLength) {
            throw new IllegalArgumentException(name + " has " + precision + " digits: a bound is written in at most "
                    + maxLength + " characters");
        }
        long exponent = (long) precision - value.scale() - 1; // long: the scale is any int
        if (Math.abs(exponent) > maxExponent) {
            throw new IllegalArgumentException(name + " " + value + " is out of range: its exponent must lie between -"
                    + maxExponent + " and " + maxExponent);
        }
        String written = value.toString();
        if (written.length() > maxLength) {
            throw new IllegalArgumentException(name + " " + written + " is " + written.length()
                    + " characters long: a bound is written in at most " + maxLength);
        }
        return value;
    }

    /** Throws the builder failure that lists every missing part at once (style 3.4). */
    public static void complete(String what, List<String> missing) {
        if (!missing.isEmpty()) {
            throw new IllegalStateException("cannot build " + what + ": missing " + String.join(", ", missing));
        }
    }
}
