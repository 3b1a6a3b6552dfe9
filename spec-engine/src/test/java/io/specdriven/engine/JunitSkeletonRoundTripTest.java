package io.specdriven.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import io.specdriven.core.verify.ElementVerification;
import io.specdriven.core.verify.VerificationStatus;
import io.specdriven.examples.Examples;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * {@code spec render --to junit}, end to end: the skeletons it writes compile with javac against JUnit and
 * spec-junit, run on the JUnit Platform (where spec-junit's listener records them), and {@code spec verify}
 * then reports every criterion failed with "not implemented" — never passed — until someone writes the test.
 */
class JunitSkeletonRoundTripTest {
    static final SpecEngine ENGINE = SpecEngine.standard();

    @TempDir
    Path dir;

    static Source csvExport() {
        return Source.of("csv-export.spec.json", () -> Examples.open("csv-export.spec.json"));
    }

    @Test
    void the_skeletons_compile_run_and_verify_as_failed_not_implemented_for_every_criterion() throws Exception {
        // given the skeletons of the csv-export spec
        Path sources = dir.resolve("src");
        FeatureRun run = ENGINE.writeTests(csvExport(), sources.toString(), "com.acme.export");
        assertThat(run.exitCode()).isZero();
        // when they are compiled and run
        Path classes = Files.createDirectories(dir.resolve("classes"));
        compile(run, classes);
        Path results = dir.resolve("results");
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            Launcher launcher = LauncherFactory.create();
            launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectPackage("com.acme.export"))
                    .configurationParameter("specdriven.results.dir", results.toString()).build(), summary);
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
        VerifyResult verified = ENGINE.verify(VerifyRequest.of(csvExport(), List.of(results.toString())));
        // then every test ran and failed, and every criterion of the spec is failed, none passed or untested
        int criteria = verified.verification().criteria().size();
        assertThat(criteria).isGreaterThan(10);
        assertThat(summary.getSummary().getTestsFailedCount()).isEqualTo(criteria);
        assertThat(summary.getSummary().getTestsSucceededCount()).isZero();
        for (ElementVerification c : verified.verification().criteria()) {
            assertThat(c.status()).as(c.name()).isEqualTo(VerificationStatus.FAILED);
            assertThat(c.tests()).as(c.name()).singleElement()
                    .satisfies(t -> assertThat(t.message()).contains("not implemented: " + c.name()));
        }
        assertThat(verified.isAccepted()).isFalse();
    }

    @Test
    void an_existing_class_is_kept_byte_for_byte_and_the_missing_ones_are_written() throws Exception {
        // given a first run, one class edited by hand, one deleted
        Path sources = dir.resolve("src");
        List<FeatureRun.Written> first = ENGINE.writeTests(csvExport(), sources.toString(), "com.acme").files();
        Path edited = first.get(0).path();
        Files.writeString(edited, "// my test\n");
        Files.delete(first.get(1).path());
        // when
        List<FeatureRun.Written> second = ENGINE.writeTests(csvExport(), sources.toString(), "com.acme").files();
        // then
        assertThat(Files.readString(edited)).isEqualTo("// my test\n");
        assertThat(second.get(0).kept()).isTrue();
        assertThat(second.get(1).kept()).isFalse();
        assertThat(second.get(1).path()).isRegularFile();
        assertThat(second.subList(2, second.size())).allMatch(FeatureRun.Written::kept);
        try (Stream<Path> files = Files.list(sources.resolve("com/acme"))) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left").allMatch(n -> n.endsWith(".java"));
        }
    }

    @Test
    void a_package_name_that_is_not_one_is_refused_before_anything_is_written() {
        assertThatThrownBy(() -> ENGINE.writeTests(csvExport(), dir.resolve("src").toString(), "com.acme-export"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'com.acme-export' is not a Java package name ('acme-export' is not an identifier)");
        assertThat(dir.resolve("src")).doesNotExist();
    }

    /** Compiles the files with the JDK's own javac, as a build would, warnings as errors. */
    private static void compile(FeatureRun run, Path classes) throws Exception {
        List<String> path = new ArrayList<>();
        for (String property : List.of("java.class.path", "jdk.module.path")) {
            String value = System.getProperty(property);
            if (value != null && !value.isEmpty()) path.add(value);
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "-encoding", "UTF-8", "-d", classes.toString(), "-classpath", String.join(File.pathSeparator, path),
                "-Xlint:all,-path", "-Werror"));
        for (FeatureRun.Written w : run.files()) command.add(w.path().toString());
        Path log = classes.resolveSibling("javac.log");
        Process javac = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(javac.waitFor()).as("javac: %s", Files.readString(log)).isZero();
    }
}
