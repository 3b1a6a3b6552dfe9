package io.specdriven.core.internal.view;

import io.specdriven.core.Attribute;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Describes an attribute's constraints in words, for tables and diagram comments. */
final class Constraints {
    private Constraints() {}

    /** Returns the constraints, such as {@code required}, {@code max length 120}; empty if none. */
    static List<String> of(Attribute a) {
        List<String> parts = new ArrayList<>();
        if (a.identifier()) parts.add("identifier");
        if (a.required()) parts.add("required");
        if (a.unique()) parts.add("unique");
        if (!a.values().isEmpty()) parts.add("one of " + String.join(", ", a.values()));
        a.min().ifPresent(v -> parts.add("min " + plain(v)));
        a.max().ifPresent(v -> parts.add("max " + plain(v)));
        a.minLength().ifPresent(v -> parts.add("min length " + v));
        a.maxLength().ifPresent(v -> parts.add("max length " + v));
        a.pattern().ifPresent(v -> parts.add("matches " + v));
        return parts;
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
