package io.specdriven.benchmarks;

import io.specdriven.benchmarks.plain.PlainCheck;
import io.specdriven.benchmarks.plain.PlainJson;
import io.specdriven.benchmarks.plain.PlainSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The plain-Jackson one-shot the whole-process benchmark runs beside {@code spec check}: reads a spec file into
 * plain records, writes it back, runs the naive reference check and prints one line.
 */
public final class PlainOneShot {
    private PlainOneShot() {}

    /**
     * Reads, writes back and checks one file.
     *
     * @param args the file
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        PlainSpec spec = PlainJson.read(Files.readAllBytes(Path.of(args[0])));
        int written = PlainJson.write(spec).length();
        int problems = PlainCheck.problems(spec);
        System.out.printf("%d requirements, %d characters written back, %d problems%n",
                spec.requirements().size(), written, problems);
    }
}
