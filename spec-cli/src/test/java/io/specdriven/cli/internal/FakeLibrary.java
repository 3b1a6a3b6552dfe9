package io.specdriven.examples.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.specdriven.core.Spec;
import io.specdriven.core.validation.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A stand-in for the library, so the tool's behaviour is tested apart from the JSON reader and the rules.
 * A fake spec file is text: {@code spec ID TITLE…} on the first line, then {@code finding LEVEL RULE PATH
 * MESSAGE…} or {@code waived LEVEL RULE PATH REASON…} lines; {@code malformed LINE COLUMN MESSAGE…} makes
 * the read fail there.
 */
class FakeLibrary implements Library {
    private final Map<String, CheckResult> results = new HashMap<>();
    final List<String> checkersCreated = new ArrayList<>();
    final List<String> specsChecked = new ArrayList<>();

    @Override
    public Spec read(Path file) throws SpecReadException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (lines.isEmpty()) throw new SpecReadException("the file is empty", 1, 1, null);
        List<Finding> findings = new ArrayList<>();
        List<Finding> waived = new ArrayList<>();
        String[] head = lines.get(0).split(" ", 3);
        if (head[0].equals("malformed")) {
            String[] m = lines.get(0).split(" ", 4);
            throw new SpecReadException(m[3], Integer.parseInt(m[1]), Integer.parseInt(m[2]),
                    new IllegalStateException("parser detail"));
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(" ", 5);
            Finding finding = new Finding(f[2], Level.valueOf(f[1]), f[3], f[0].equals("waived") ? "waived" : f[4],
                    Optional.empty(), f[0].equals("waived") ? Optional.of(f[4]) : Optional.empty());
            (f[0].equals("waived") ? waived : findings).add(finding);
        }
        results.put(head[1], new CheckResult(findings, waived, OptionalInt.of(Math.max(0, 100 - 10 * findings.size())),
                List.of("fake area " + (100 - 10 * findings.size()) + "/100")));
        return Spec.builder(head[1], head.length > 2 ? head[2] : head[1]).build();
    }

    @Override
    public Checker checker(String profile) {
        checkersCreated.add(profile);
        return spec -> {
            specsChecked.add(spec.id().value());
            return results.getOrDefault(spec.id().value(), new CheckResult(List.of(), List.of(), OptionalInt.of(100), List.of()));
        };
    }

    @Override
    public ValidationReport report(Spec spec, String profile) {
        checkersCreated.add(profile);
        return new ValidationReport(List.of(), List.of(), List.of());
    }

    @Override
    public List<Bundled> bundled() {
        return List.of(new Bundled("one.spec.json", Spec.builder("one", "One").build()),
                new Bundled("two.spec.json", Spec.builder("two", "Two").build()));
    }
}
