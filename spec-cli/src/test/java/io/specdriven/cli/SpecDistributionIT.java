package io.specdriven.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.specdriven.cli.SpecJarIT.JarRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as a user gets it: {@code spec-VERSION.zip} and {@code .tar.gz} unpacked into a
 * temporary directory (whose path has a space), {@code bin/spec} run through {@code sh}, directly and
 * through a symlink, from another working directory; and the class-data-sharing archive, which must never
 * make the launcher fail or print anything when it does not fit.
 */
class SpecDistributionIT {
    private static final Path EXAMPLES = Path.of("..", "spec-examples", "src", "main", "resources", "io", "specdriven",
            "examples").toAbsolutePath().normalize();
    private static final String CSV_EXPORT_REPORT = "  score 100/100 · 0 errors, 0 warnings, 0 info\n";

    @TempDir
    Path tmp;

    private static Path archive(String extension) {
        Path base = Path.of(System.getProperty("spec.archive", "target/spec-0.1.0-SNAPSHOT"));
        Path file = base.resolveSibling(base.getFileName() + extension);
        assertThat(file).as("the distribution; build it with mvn -DskipTests package").isRegularFile();
        return file;
    }

    private static String baseName() {
        return Path.of(System.getProperty("spec.archive", "target/spec-0.1.0-SNAPSHOT")).getFileName().toString();
    }

    @Test
    void the_zip_and_the_tar_gz_hold_the_same_entries_and_the_tar_keeps_the_launcher_executable() throws Exception {
        // when
        Map<String, Integer> zip = zipEntries(archive(".zip"));
        Map<String, Integer> tar = tarEntries(archive(".tar.gz"));
        // then
        assertThat(tar.keySet()).containsExactlyElementsOf(zip.keySet());
        String base = baseName() + "/";
        assertThat(zip).containsKeys(base + "bin/spec", base + "bin/spec.cmd", base + "LICENSE", base + "NOTICE",
                base + "lib/spec-cli-" + baseName().substring("spec-".length()) + ".jar",
                base + "lib/hibernate-validator-9.1.6.Final.jar");
        assertThat(zip.keySet()).allMatch(name -> name.startsWith(base)).noneMatch(name -> name.endsWith(".jsa"));
        assertThat(tar.get(base + "bin/spec") & 0777).as("bin/spec in the tar.gz").isEqualTo(0755);
        assertThat(zip.get(base + "bin/spec") & 0777).as("bin/spec in the zip").isEqualTo(0755);
        assertThat(tar.get(base + "bin/spec.cmd") & 0111).as("bin/spec.cmd is not executable").isZero();
        // and every jar in lib/ is on the launcher's class path, in a fixed order
        String launcher = new String(entry(archive(".zip"), base + "bin/spec"), UTF_8);
        List<String> jars = zip.keySet().stream().filter(n -> n.startsWith(base + "lib/") && n.endsWith(".jar"))
                .map(n -> n.substring((base + "lib/").length())).toList();
        assertThat(jars).hasSizeGreaterThan(10);
        for (String jar : jars) assertThat(launcher).contains("$app_home/lib/" + jar);
        assertThat(new String(entry(archive(".zip"), base + "bin/spec.cmd"), UTF_8))
                .contains("%APP_HOME%\\lib\\" + jars.get(0)).contains("\r\n");
    }

    @Test
    void the_unpacked_zip_checks_from_a_directory_with_a_space_through_sh_and_passes_exit_codes_through()
            throws Exception {
        // given
        Path home = unzip(archive(".zip"), tmp.resolve("my tools"));
        Path work = Files.createDirectories(tmp.resolve("my specs"));
        Files.copy(EXAMPLES.resolve("csv-export.spec.json"), work.resolve("csv export.spec.json"));
        Files.copy(EXAMPLES.resolve("flawed.spec.json"), work.resolve("flawed.spec.json"));
        Map<String, String> env = Map.of("SPEC_CDS_DIR", tmp.resolve("cds dir").toString());
        Path spec = home.resolve("bin/spec");
        // when
        JarRun clean = run(work, env, "sh", spec.toString(), "check", "csv export.spec.json");
        JarRun flawed = run(work, env, "sh", spec.toString(), "check", "flawed.spec.json");
        JarRun unreadable = run(work, env, "sh", spec.toString(), "check", "missing.json");
        JarRun usage = run(work, env, "sh", spec.toString(), "chek");
        // then
        assertThat(clean.out()).isEqualTo("csv export.spec.json  csv-export — CSV export for the reporting dashboard\n"
                + CSV_EXPORT_REPORT);
        assertThat(clean.err()).isEmpty();
        assertThat(clean.exitCode()).isZero();
        assertThat(flawed.out()).startsWith("flawed.spec.json  flawed — Team calendar (first draft)\n")
                .contains("error    ref.unresolved");
        assertThat(flawed.err()).isEmpty();
        assertThat(flawed.exitCode()).isEqualTo(1);
        assertThat(unreadable.err()).isEqualTo("missing.json: no such file\n");
        assertThat(unreadable.exitCode()).isEqualTo(2);
        assertThat(usage.err()).isEqualTo("spec: unknown command 'chek' — did you mean 'check'?\nRun 'spec --help' for usage.\n");
        assertThat(usage.exitCode()).isEqualTo(64);
    }

    @Test
    void the_unpacked_tar_gz_runs_through_a_symlink_with_java_from_path() throws Exception {
        // given: tar keeps the modes, as a user's tar does; a symlink on a PATH of the user's
        Path home = untar(archive(".tar.gz"), Files.createDirectories(tmp.resolve("opt dir")));
        Path bin = Files.createDirectories(tmp.resolve("user bin"));
        Files.createSymbolicLink(bin.resolve("spec"), bin.relativize(home.resolve("bin/spec")));
        Path javaBin = Files.createDirectories(tmp.resolve("java bin"));
        Files.createSymbolicLink(javaBin.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        Map<String, String> env = Map.of("PATH", bin + ":" + javaBin + ":/usr/bin:/bin",
                "SPEC_CDS_DIR", tmp.resolve("cds").toString());
        Path file = EXAMPLES.resolve("csv-export.spec.json");
        // when
        JarRun linked = runWithout(tmp, env, "JAVA_HOME", bin.resolve("spec").toString(), "check", file.toString());
        JarRun version = runWithout(tmp, env, "JAVA_HOME", bin.resolve("spec").toString(), "--version");
        // then
        assertThat(linked.out()).endsWith(CSV_EXPORT_REPORT);
        assertThat(linked.err()).isEmpty();
        assertThat(linked.exitCode()).isZero();
        assertThat(version.out()).startsWith("spec ");
        assertThat(version.exitCode()).isZero();
    }

    @Test
    void a_java_home_without_java_or_no_java_at_all_is_one_line_and_exit_127() throws Exception {
        // given
        Path spec = Path.of(System.getProperty("spec.dist", "target/spec"), "bin", "spec").toAbsolutePath();
        // when
        JarRun wrongHome = run(tmp, Map.of("JAVA_HOME", tmp.toString()), "sh", spec.toString(), "check");
        JarRun noJava = runWithout(tmp, Map.of("PATH", tmp.toString()), "JAVA_HOME", "/bin/sh", spec.toString(),
                "check");
        // then
        assertThat(wrongHome.err()).isEqualTo("spec: JAVA_HOME is '" + tmp + "', which has no bin/java: point it at a"
                + " JDK 17 or newer, or unset it to use java from PATH\n");
        assertThat(wrongHome.exitCode()).isEqualTo(127);
        assertThat(noJava.err()).startsWith("spec: no java found");
        assertThat(noJava.exitCode()).isEqualTo(127);
    }

    @Test
    void an_archive_that_does_not_fit_never_fails_the_launcher_nor_prints_a_line() throws Exception {
        // given: the first check makes the archive
        Path home = untar(archive(".tar.gz"), tmp);
        Path cds = tmp.resolve("cds");
        Map<String, String> env = Map.of("SPEC_CDS_DIR", cds.toString());
        String spec = home.resolve("bin/spec").toString();
        String file = EXAMPLES.resolve("csv-export.spec.json").toString();
        String expected = file + "  csv-export — CSV export for the reporting dashboard\n" + CSV_EXPORT_REPORT;
        JarRun first = run(tmp, env, spec, "check", file);
        assertThat(first.out()).isEqualTo(expected);
        assertThat(first.err()).isEmpty();
        Path made = onlyArchive(cds);
        byte[] good = Files.readAllBytes(made);
        assertThat(good.length).as("the archive's size").isGreaterThan(1 << 20);
        List<String> cases = new ArrayList<>();
        Map<String, byte[]> unfit = new TreeMap<>();
        unfit.put("garbage", garbage(good.length));
        unfit.put("cut short, as a write that stopped half-way", java.util.Arrays.copyOf(good, good.length / 2));
        unfit.put("empty", new byte[0]);
        unfit.put("header only", java.util.Arrays.copyOf(good, 4096));
        otherJdk().ifPresent(other -> unfit.put("made by " + other, archiveMadeBy(other, home, file)));
        for (Map.Entry<String, byte[]> c : unfit.entrySet()) {
            // when
            write(made, c.getValue());
            JarRun run = run(tmp, env, spec, "check", file);
            // then
            assertThat(run.out()).as(c.getKey()).isEqualTo(expected);
            assertThat(run.err()).as(c.getKey()).isEmpty();
            assertThat(run.exitCode()).as(c.getKey()).isZero();
            cases.add(c.getKey());
        }
        // and a directory the launcher cannot write to only means no archive
        Path notADirectory = Files.writeString(tmp.resolve("a file"), "x");
        JarRun unwritable = run(tmp, Map.of("SPEC_CDS_DIR", notADirectory.toString()), spec, "check", file);
        assertThat(unwritable.out()).isEqualTo(expected);
        assertThat(unwritable.err()).isEmpty();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void the_launcher_uses_the_archive_it_made() throws Exception {
        // given
        Path home = untar(archive(".tar.gz"), tmp);
        Map<String, String> env = Map.of("SPEC_CDS_DIR", tmp.resolve("cds").toString(), "SPEC_OPTS",
                "-Xlog:class+load=info:file=" + tmp.resolve("classes.log"));
        String spec = home.resolve("bin/spec").toString();
        run(tmp, Map.of("SPEC_CDS_DIR", tmp.resolve("cds").toString()), spec, "check");
        // when
        JarRun run = run(tmp, env, spec, "check");
        // then: the tool's own classes come from the archive, not from the jars
        assertThat(run.exitCode()).isZero();
        List<String> loaded = Files.readAllLines(tmp.resolve("classes.log"), UTF_8);
        assertThat(loaded).filteredOn(l -> l.contains("io.specdriven.cli.SpecTool "))
                .singleElement().asString().contains("shared objects file");
        // and without it they come from the jar
        JarRun off = run(tmp, Map.of("SPEC_CDS", "off", "SPEC_OPTS", "-Xlog:class+load=info:file="
                + tmp.resolve("off.log")), spec, "check");
        assertThat(off.out()).isEqualTo(run.out());
        assertThat(Files.readAllLines(tmp.resolve("off.log"), UTF_8)).filteredOn(l -> l.contains("io.specdriven.cli.SpecTool "))
                .singleElement().asString().contains("source: file:");
    }

    // ---- helpers

    private static byte[] garbage(int size) {
        byte[] bytes = new byte[size];
        new java.util.Random(12).nextBytes(bytes);
        return bytes;
    }

    private static void write(Path file, byte[] content) throws IOException {
        Path next = file.resolveSibling(file.getFileName() + ".next");
        Files.write(next, content);
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path onlyArchive(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> archives = files.filter(f -> f.toString().endsWith(".jsa")).toList();
            assertThat(archives).as("the archives in " + dir).hasSize(1);
            return archives.get(0);
        }
    }

    /** Another JDK than the one running the tests, if the machine has one (CI has JDK 17 and Temurin). */
    private static Optional<Path> otherJdk() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) return Optional.empty();
        Path current = Path.of(System.getProperty("java.home")).toRealPath();
        try (Stream<Path> dirs = Files.list(jvms)) {
            return dirs.filter(d -> Files.isExecutable(d.resolve("bin/java")) && Files.isRegularFile(d.resolve("release")))
                    .filter(d -> {
                        try {
                            return !d.toRealPath().equals(current);
                        } catch (IOException e) {
                            return false;
                        }
                    }).sorted().findFirst();
        }
    }

    private byte[] archiveMadeBy(Path jdk, Path home, String file) {
        try {
            Path dir = tmp.resolve("cds-" + jdk.getFileName());
            JarRun run = run(tmp, Map.of("SPEC_CDS_DIR", dir.toString(), "JAVA_HOME", jdk.toString()),
                    home.resolve("bin/spec").toString(), "check", file);
            assertThat(run.err()).isEmpty();
            return Files.readAllBytes(onlyArchive(dir));
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static JarRun run(Path dir, Map<String, String> env, String... command) throws IOException, InterruptedException {
        return runWithout(dir, env, null, command);
    }

    /** Runs a command with the variable {@code unset} removed from the environment (if not null), then {@code env}. */
    private static JarRun runWithout(Path dir, Map<String, String> env, String unset, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().remove("NO_COLOR");
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("SPEC_OPTS");
        builder.environment().remove("SPEC_CDS");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        if (unset != null) builder.environment().remove(unset);
        builder.environment().putAll(env);
        Path out = Files.createTempFile("spec-out", ".txt");
        Path err = Files.createTempFile("spec-err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the launcher ends within 120 s").isTrue();
        long millis = (System.nanoTime() - start) / 1_000_000;
        try {
            return new JarRun(process.exitValue(), Files.readString(out, UTF_8), Files.readString(err, UTF_8), millis);
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }

    /** Unpacks the zip with java.util.zip, which keeps no modes: the launcher then runs through sh. */
    private static Path unzip(Path zip, Path into) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                Path target = into.resolve(e.getName()).normalize();
                assertThat(target).startsWithRaw(into);
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(e)) {
                    Files.copy(in, target);
                }
            }
        }
        return into.resolve(baseName());
    }

    /** Unpacks the tar.gz with the system's tar, as a user does; it keeps the modes. */
    private static Path untar(Path tarGz, Path into) throws IOException, InterruptedException {
        Files.createDirectories(into);
        JarRun run = run(into, Map.of(), "tar", "-xzf", tarGz.toAbsolutePath().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path home = into.resolve(baseName());
        assertThat(Files.getPosixFilePermissions(home.resolve("bin/spec"))).contains(PosixFilePermission.OWNER_EXECUTE);
        return home;
    }

    private static byte[] entry(Path zip, String name) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile()); InputStream in = file.getInputStream(file.getEntry(name))) {
            return in.readAllBytes();
        }
    }

    /**
     * The file entries of a zip and their Unix modes, read from the central directory's external attributes
     * (their high 16 bits), which java.util.zip does not expose.
     */
    private static Map<String, Integer> zipEntries(Path zip) throws IOException {
        byte[] b = Files.readAllBytes(zip);
        int end = b.length - 22;
        while (end >= 0 && int32(b, end) != 0x06054b50) end--;
        assertThat(end).as("the zip's end of central directory").isNotNegative();
        int count = int16(b, end + 10);
        int at = int32(b, end + 16);
        Map<String, Integer> entries = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            assertThat(int32(b, at)).isEqualTo(0x02014b50);
            int nameLength = int16(b, at + 28);
            int extraLength = int16(b, at + 30);
            int commentLength = int16(b, at + 32);
            int mode = int32(b, at + 38) >>> 16;
            String name = new String(b, at + 46, nameLength, UTF_8);
            if (!name.endsWith("/")) entries.put(name, mode);
            at += 46 + nameLength + extraLength + commentLength;
        }
        return entries;
    }

    private static int int16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static int int32(byte[] b, int at) {
        return int16(b, at) | int16(b, at + 2) << 16;
    }

    /** The file entries of a tar.gz and their modes: ustar headers, with PAX and GNU long names. */
    private static Map<String, Integer> tarEntries(Path tarGz) throws IOException {
        Map<String, Integer> entries = new TreeMap<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(tarGz))) {
            String longName = null;
            while (true) {
                byte[] header = in.readNBytes(512);
                if (header.length < 512 || header[0] == 0) break;
                String name = field(header, 0, 100);
                String prefix = field(header, 345, 155);
                if (!prefix.isEmpty()) name = prefix + "/" + name;
                int mode = Integer.parseInt(field(header, 100, 8).trim(), 8);
                long size = Long.parseLong(field(header, 124, 12).trim(), 8);
                char type = (char) header[156];
                byte[] content = in.readNBytes((int) size);
                in.readNBytes((int) ((512 - size % 512) % 512));
                if (type == 'x') {
                    for (String record : new String(content, UTF_8).split("\n")) {
                        int eq = record.indexOf(" path=");
                        if (eq >= 0) longName = record.substring(eq + " path=".length());
                    }
                    continue;
                }
                if (type == 'L') {
                    longName = new String(content, UTF_8).replace("\0", "");
                    continue;
                }
                if (longName != null) name = longName;
                longName = null;
                if (type == '0' || type == 0) entries.put(name, mode);
            }
        }
        return entries;
    }

    private static String field(byte[] header, int at, int length) {
        int end = at;
        while (end < at + length && header[end] != 0) end++;
        return new String(header, at, end - at, UTF_8);
    }
}
