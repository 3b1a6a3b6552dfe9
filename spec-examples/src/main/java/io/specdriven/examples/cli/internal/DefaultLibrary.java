package io.specdriven.examples.cli.internal;

import io.specdriven.core.Spec;
import io.specdriven.examples.Examples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/**
 * The real library behind the tool.
 *
 * <p>Interim: until spec-json and the validator are merged, documents cannot be read and checking finds
 * nothing; both say so rather than pretend.
 */
final class DefaultLibrary implements Library {

    @Override
    public Spec read(Path file) throws SpecReadException {
        try {
            if (Files.size(file) == 0) {
                throw new SpecReadException("the file is empty; expected a JSON object describing a spec", 1, 1,
                        null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new SpecReadException("this build cannot read spec documents yet (spec-json is not merged)");
    }

    @Override
    public Checker checker(String profile) {
        return spec -> new CheckResult(List.of(), List.of(), OptionalInt.empty());
    }

    @Override
    public List<Bundled> bundled() {
        return List.of(new Bundled("csv-export.spec.json", Examples.csvExport()),
                new Bundled("webshop.spec.json", Examples.webshop()),
                new Bundled("specdriven.spec.json", Examples.specdriven()));
    }
}
