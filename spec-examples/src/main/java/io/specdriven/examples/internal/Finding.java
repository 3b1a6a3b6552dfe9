package io.specdriven.examples.internal;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One finding as the tool prints it; the validator's violations are translated into this shape, so the
 * renderers do not depend on how the library spells them.
 *
 * @param ruleId the stable rule id
 * @param level the severity
 * @param path the element path, such as {@code requirements[REQ-7].statement}
 * @param message one sentence: what is wrong and what is expected
 * @param hint how to fix it, if the rule says
 * @param waiverReason the reason of the waiver that accepts it, for a waived finding
 */
public record Finding(String ruleId, Level level, String path, String message, Optional<String> hint,
        Optional<String> waiverReason) {
    /** Checks for nulls. */
    public Finding {
        requireNonNull(ruleId, "ruleId");
        requireNonNull(level, "level");
        requireNonNull(path, "path");
        requireNonNull(message, "message");
        requireNonNull(hint, "hint");
        requireNonNull(waiverReason, "waiverReason");
    }

    /** Returns an open finding without a hint. */
    static Finding of(String ruleId, Level level, String path, String message) {
        return new Finding(ruleId, level, path, message, Optional.empty(), Optional.empty());
    }
}
