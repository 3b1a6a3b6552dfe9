package io.specdriven.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.specdriven.core.Spec;
import io.specdriven.core.diff.SpecDiff;
import io.specdriven.core.trace.Traceability;
import io.specdriven.core.validation.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public method of {@link SpecJson}, called with one argument null at a time, throws a
 * NullPointerException naming that parameter, before it reads or writes anything (style 2.2).
 */
class SpecJsonNullHostilityTest {
    @TempDir
    Path dir;

    private Map<Class<?>, Supplier<Object>> samples() {
        Spec spec = Fixtures.shop();
        return Map.ofEntries(
                Map.entry(Spec.class, () -> spec),
                Map.entry(ValidationReport.class, () -> new ValidationReport(List.of(), List.of(), List.of())),
                Map.entry(io.specdriven.core.source.SourceMap.class, io.specdriven.core.source.SourceMap::empty),
                Map.entry(Traceability.class, () -> Traceability.of(spec)),
                Map.entry(SpecDiff.class, () -> SpecDiff.between(spec, Fixtures.shopV2())),
                Map.entry(ReadLimits.class, () -> ReadLimits.DEFAULT),
                Map.entry(String.class, () -> "{}"),
                Map.entry(Path.class, () -> dir.resolve("out.json")),
                Map.entry(Writer.class, StringWriter::new),
                Map.entry(OutputStream.class, ByteArrayOutputStream::new),
                Map.entry(Reader.class, () -> new StringReader("{}")),
                Map.entry(InputStream.class, () -> new ByteArrayInputStream(new byte[0])));
    }

    @Test
    void every_public_method_names_the_null_parameter() throws Exception {
        Map<Class<?>, Supplier<Object>> samples = samples();
        List<Method> methods = new ArrayList<>(List.of(SpecJson.class.getDeclaredMethods()));
        methods.removeIf(m -> !Modifier.isPublic(m.getModifiers()) || m.isSynthetic());
        methods.sort(Comparator.comparing(Method::toGenericString));
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Method m : methods) {
            Parameter[] params = m.getParameters();
            for (int nullAt = 0; nullAt < params.length; nullAt++) {
                Object[] args = new Object[params.length];
                for (int i = 0; i < params.length; i++) {
                    Supplier<Object> sample = samples.get(params[i].getType());
                    if (sample == null) throw new AssertionError("no sample value for " + params[i].getType() + ": add one");
                    args[i] = i == nullAt ? null : sample.get();
                }
                checked++;
                String problem = problem(m, args, params[nullAt].getName());
                if (problem != null) failures.add(m.toGenericString() + " with null " + params[nullAt].getName() + ": " + problem);
            }
        }
        assertThat(checked).as("parameters checked").isGreaterThanOrEqualTo(28);
        assertThat(failures).isEmpty();
        assertThat(dir).isEmptyDirectory();
    }

    private static String problem(Method m, Object[] args, String expected) throws IllegalAccessException {
        try {
            m.invoke(null, args);
            return "no exception";
        } catch (InvocationTargetException thrown) {
            Throwable cause = thrown.getCause();
            if (!(cause instanceof NullPointerException)) return "threw " + cause;
            return expected.equals(cause.getMessage()) ? null : "message '" + cause.getMessage() + "'";
        }
    }
}
