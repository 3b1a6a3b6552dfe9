package io.specdriven.examples;

import io.specdriven.core.Spec;
import io.specdriven.json.SpecJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * The example specifications, written with the builder API. Each is also checked in as a JSON document
 * under {@code io/specdriven/examples/} and a test proves both are equal.
 *
 * <ul>
 *   <li>{@link #csvExport()} — one feature written as a complete contract;
 *   <li>{@link #webshop()} — a whole system in the style of the AI Unified Process;
 *   <li>{@link #specdriven()} — specdriven's own specification;
 *   <li>{@link #flawed()} — a deliberately broken draft that shows what the validator finds.
 * </ul>
 *
 * @since 0.1
 */
public final class Examples {
    private Examples() {}

    /**
     * Returns the CSV export button of a reporting dashboard as a complete contract: button position,
     * loading indicator, file name, columns, formats, empty and very long reports, RFC 4180 escaping,
     * permissions, time-outs and failures.
     *
     * @return the {@code csv-export} spec
     */
    public static Spec csvExport() {
        return CsvExportSpec.spec();
    }

    /**
     * Returns the online shop of a tea merchant: a requirements catalog with functional, quality and
     * constraint requirements, 7 use cases with alternative and exception flows and business rules, and an
     * entity model of 8 entities.
     *
     * @return the {@code webshop} spec
     */
    public static Spec webshop() {
        return WebshopSpec.spec();
    }

    /**
     * Returns specdriven's own specification, checked in CI with the strict profile.
     *
     * @return the {@code specdriven} spec
     */
    public static Spec specdriven() {
        return SpecdrivenSpec.spec();
    }

    /**
     * Returns a deliberately flawed draft: it breaks the rules of the catalogue on purpose.
     *
     * @return the {@code flawed} spec
     */
    public static Spec flawed() {
        return FlawedSpec.spec();
    }

    /**
     * Returns the file names of the good examples as checked-in JSON resources, in the order of
     * {@link #good()}; {@code flawed.spec.json} is not among them.
     *
     * @return {@code csv-export.spec.json}, {@code webshop.spec.json}, {@code specdriven.spec.json}
     */
    public static List<String> bundledNames() {
        return List.of("csv-export.spec.json", "webshop.spec.json", "specdriven.spec.json");
    }

    /**
     * Reads an example from its checked-in JSON resource, such as {@code flawed.spec.json}.
     *
     * @param name the resource's file name, in this package
     * @return the spec
     * @throws IllegalArgumentException if there is no such example
     * @throws io.specdriven.core.source.SpecReadException if the resource is not a valid spec document
     */
    public static Spec fromResource(String name) {
        try (InputStream in = Examples.class.getResourceAsStream(Objects.requireNonNull(name, "name"))) {
            if (in == null) throw new IllegalArgumentException("no example named '" + name + "'");
            return SpecJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens an example's checked-in JSON resource, such as {@code csv-export.spec.json}, for a tool that
     * reads documents itself.
     *
     * @param name the resource's file name, in this package
     * @return the bytes; the caller closes the stream
     * @throws IllegalArgumentException if there is no such example
     */
    public static InputStream open(String name) {
        InputStream in = Examples.class.getResourceAsStream(Objects.requireNonNull(name, "name"));
        if (in == null) throw new IllegalArgumentException("no example named '" + name + "'");
        return in;
    }

    /**
     * Returns the good examples, in a fixed order: csv-export, webshop, specdriven.
     *
     * @return every example except {@link #flawed()}
     */
    public static List<Spec> good() {
        return List.of(csvExport(), webshop(), specdriven());
    }
}
