package io.specdriven.junit.internal;

import io.specdriven.core.Spec;
import io.specdriven.core.diff.Fingerprint;
import io.specdriven.core.source.SpecReadException;
import io.specdriven.core.verify.TestLocation;
import io.specdriven.core.verify.TestResult;
import io.specdriven.core.verify.TestVerdict;
import io.specdriven.core.verify.VerificationTargets;
import io.specdriven.json.SpecJson;
import io.specdriven.json.results.TestResults;
import io.specdriven.junit.Verifies;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.platform.commons.JUnitException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * The state of one test plan's run: start times and results, collected from any thread, written once at
 * the end. Uses only launcher API that JUnit Platform 1.10 (JUnit 5.10) already has.
 */
public final class Collector {
    /** Configuration parameter: the directory results are written to. */
    public static final String DIR = "specdriven.results.dir";
    /** Configuration parameter: {@code false} turns the listener off. */
    public static final String ENABLED = "specdriven.results.enabled";
    /** Configuration parameter: the spec file, for the fingerprints of the elements tests name. */
    public static final String SPEC = "specdriven.spec";
    /** The longest failure message kept. */
    public static final int MAX_MESSAGE = 2000;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final TestPlan plan;
    private final Path dir;
    private final Instant started = Instant.now();
    private final Map<String, Long> startNanos = new ConcurrentHashMap<>();
    private final Set<String> reported = ConcurrentHashMap.newKeySet();
    private final List<TestResult> results = new ArrayList<>();
    private final Optional<String> specFile;
    private final Optional<Spec> spec;
    private final Optional<VerificationTargets> targets;
    private final PrintStream err;

    private Collector(TestPlan plan, Path dir, Optional<String> specFile, Optional<Spec> spec, PrintStream err) {
        this.plan = plan;
        this.dir = dir;
        this.specFile = specFile;
        this.spec = spec;
        this.targets = spec.map(VerificationTargets::of);
        this.err = err;
    }

    /** A collector for the plan, or null when the listener is turned off. */
    public static Collector start(TestPlan plan, PrintStream err) {
        var params = plan.getConfigurationParameters();
        if (!params.getBoolean(ENABLED).orElse(true)) return null;
        Path dir = Path.of(params.get(DIR).orElse("target/spec-results"));
        Optional<String> specFile = params.get(SPEC).filter(s -> !s.isBlank());
        Optional<Spec> spec = Optional.empty();
        if (specFile.isPresent()) {
            try {
                spec = Optional.of(SpecJson.read(Path.of(specFile.get())));
            } catch (SpecReadException | UncheckedIOException | InvalidPathException e) {
                // results are still worth writing without fingerprints: say why they are missing, go on
                err.println("specdriven: " + SPEC + "=" + specFile.get() + " cannot be read, so no fingerprints are"
                        + " recorded: " + oneLine(e.getMessage()));
            }
        }
        return new Collector(plan, dir, specFile, spec, err);
    }

    public void started(TestIdentifier test) {
        if (test.isTest()) startNanos.put(test.getUniqueId(), System.nanoTime());
    }

    public void skipped(TestIdentifier test, String reason) {
        if (test.isTest()) {
            add(test, TestVerdict.SKIPPED, reason, Duration.ZERO);
            return;
        }
        // a skipped container (a disabled class): its tests never start, and each of them is skipped
        for (TestIdentifier t : plan.getDescendants(test)) {
            if (t.isTest()) add(t, TestVerdict.SKIPPED, reason, Duration.ZERO);
        }
    }

    public void finished(TestIdentifier test, TestExecutionResult result) {
        String message = result.getThrowable().map(Collector::message).orElse(null);
        TestVerdict verdict = switch (result.getStatus()) {
            case SUCCESSFUL -> TestVerdict.PASSED;
            case ABORTED -> TestVerdict.ABORTED;
            case FAILED -> TestVerdict.FAILED;
        };
        if (test.isTest()) {
            Long start = startNanos.remove(test.getUniqueId());
            add(test, verdict, message, start == null ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - start));
            return;
        }
        if (verdict == TestVerdict.PASSED) return;
        // a container that failed or was aborted before its tests ran (@BeforeAll): they did not pass
        for (TestIdentifier t : plan.getDescendants(test)) {
            if (t.isTest() && !reported.contains(t.getUniqueId())) add(t, verdict, message, Duration.ZERO);
        }
    }

    private void add(TestIdentifier test, TestVerdict verdict, String message, Duration duration) {
        if (!reported.add(test.getUniqueId())) return;
        Optional<MethodSource> method = methodSource(test);
        Optional<Class<?>> testClass = method.isPresent() ? Optional.ofNullable(javaClass(method.get())) : classSource(test);
        TestResult.Builder b = TestResult.builder(test.getUniqueId(), name(test, method, testClass))
                .verdict(verdict).duration(duration);
        if (message != null && verdict != TestVerdict.PASSED) b.message(bounded(message));
        Set<String> ids = new LinkedHashSet<>();
        Method javaMethod = method.map(Collector::javaMethod).orElse(null);
        if (javaMethod != null) for (Verifies v : javaMethod.getAnnotationsByType(Verifies.class)) add(ids, v);
        testClass.ifPresent(c -> classIds(c, ids));
        b.verifies(List.copyOf(ids));
        testClass.ifPresent(c -> {
            String file = outermost(c).getSimpleName() + ".java";
            OptionalInt line = javaMethod == null ? OptionalInt.empty() : LineNumbers.firstLine(javaMethod);
            b.source(new TestLocation(file, line));
        });
        targets.ifPresent(t -> {
            for (String id : ids) t.fingerprint(id).ifPresent(fp -> b.fingerprint(id, fp));
        });
        TestResult r = b.build();
        synchronized (results) {
            results.add(r);
        }
    }

    /** Writes the run's file, unless no test ran; a failure to write is told, and does not fail the run. */
    public void finish() {
        List<TestResult> copy;
        synchronized (results) {
            copy = List.copyOf(results);
        }
        if (copy.isEmpty()) return;
        Path file = dir.resolve("run-" + STAMP.format(started) + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 36) + ".json");
        try {
            Files.createDirectories(dir);
            TestResults.write(file, "specdriven-junit", started, spec, specFile, copy);
        } catch (UncheckedIOException | IOException e) {
            // the user's test run must not fail because its results cannot be kept: say so on stderr
            err.println("specdriven: cannot write the test results to " + file + ": " + oneLine(e.getMessage()));
        }
    }

    private static void add(Set<String> ids, Verifies v) {
        for (String id : v.value()) {
            String s = id.strip();
            if (!s.isEmpty()) ids.add(s);
        }
    }

    /** The ids of the class, its superclasses and the classes it is nested in. */
    private static void classIds(Class<?> c, Set<String> ids) {
        for (Class<?> enclosing = c; enclosing != null; enclosing = enclosing.getEnclosingClass()) {
            for (Class<?> k = enclosing; k != null && k != Object.class; k = k.getSuperclass()) {
                for (Verifies v : k.getDeclaredAnnotationsByType(Verifies.class)) add(ids, v);
            }
        }
    }

    private static Class<?> outermost(Class<?> c) {
        Class<?> k = c;
        while (k.getEnclosingClass() != null) k = k.getEnclosingClass();
        return k;
    }

    /** The test's own method source, or its nearest ancestor's (a dynamic test's factory). */
    private Optional<MethodSource> methodSource(TestIdentifier test) {
        for (TestIdentifier t = test; t != null; t = plan.getParent(t).orElse(null)) {
            Optional<TestSource> s = t.getSource();
            if (s.isPresent() && s.get() instanceof MethodSource m) return Optional.of(m);
        }
        return Optional.empty();
    }

    private Optional<Class<?>> classSource(TestIdentifier test) {
        for (TestIdentifier t = test; t != null; t = plan.getParent(t).orElse(null)) {
            Optional<TestSource> s = t.getSource();
            if (s.isPresent() && s.get() instanceof ClassSource c) {
                try {
                    return Optional.of(c.getJavaClass());
                } catch (JUnitException e) {
                    return Optional.empty(); // the class cannot be loaded here: the test keeps its name only
                }
            }
        }
        return Optional.empty();
    }

    private static Class<?> javaClass(MethodSource m) {
        try {
            return m.getJavaClass();
        } catch (JUnitException e) {
            return null; // the class cannot be loaded here: no @Verifies from it, no source line
        }
    }

    private static Method javaMethod(MethodSource m) {
        try {
            return m.getJavaMethod();
        } catch (JUnitException e) {
            return null; // the method cannot be resolved (parameter types not loadable): no source line
        }
    }

    /** {@code Class.method}, and for an invocation or a dynamic test its display name after a space. */
    private String name(TestIdentifier test, Optional<MethodSource> method, Optional<Class<?>> testClass) {
        String cls = testClass.map(c -> {
            String n = c.getName();
            String pkg = c.getPackageName();
            return (pkg.isEmpty() ? n : n.substring(pkg.length() + 1)).replace('$', '.');
        }).orElse(null);
        if (method.isEmpty()) return cls == null ? test.getDisplayName() : cls + " " + test.getDisplayName();
        String base = (cls == null ? method.get().getClassName() : cls) + "." + method.get().getMethodName();
        boolean own = test.getSource().filter(s -> s.equals(method.get())).isPresent()
                && plan.getParent(test).flatMap(TestIdentifier::getSource).filter(s -> s.equals(method.get())).isEmpty();
        return own ? base : base + " " + test.getDisplayName();
    }

    private static String message(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getName() : m;
    }

    static String bounded(String message) {
        if (message.length() <= MAX_MESSAGE) return message;
        int end = MAX_MESSAGE;
        if (Character.isHighSurrogate(message.charAt(end - 1))) end--;
        return message.substring(0, end) + "…";
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace('\n', ' ').replace('\r', ' ');
    }
}
