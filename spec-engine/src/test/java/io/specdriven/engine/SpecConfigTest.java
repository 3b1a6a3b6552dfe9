package io.specdriven.engine;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.specdriven.core.validation.Profile;
import io.specdriven.core.validation.Severity;
import io.specdriven.core.validation.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** specdriven.yaml / specdriven.json: every setting reaches the validator; every mistake is located. */
class SpecConfigTest {
    @TempDir
    Path dir;

    private static final String SPEC = """
            {
              "specFormat": 1,
              "id": "demo",
              "title": "Demo",
              "requirements": [
                {
                  "id": "FR-1",
                  "title": "Export",
                  "statement": "The system shall export the report fast and snappy."
                }
              ]
            }
            """;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, UTF_8);
        return file;
    }

    private List<String> findings(CheckSettings settings) throws IOException {
        Path spec = write("demo.spec.json", SPEC);
        CheckRun run = SpecEngine.standard().check(List.of(Source.file(spec.toString())), settings);
        return run.checked().get(0).report().violations().stream()
                .map(v -> v.ruleId() + " " + v.severity() + " " + v.message()).toList();
    }

    private static List<String> ids(List<String> findings) {
        return findings.stream().map(f -> f.substring(0, f.indexOf(' '))).toList();
    }

    @Test
    void every_setting_of_a_yaml_file_reaches_the_validator() throws IOException {
        // given
        Path file = write("specdriven.yaml", """
                profile: standard
                fail-on: warning
                rules:
                  lang.vague-term: error
                  spec.no-use-cases: off
                  spec.no-entities: off
                settings:
                  edge.too-few: { min: 0 }
                lexicons:
                  vague-terms:
                    add: [snappy]
                id-prefixes:
                  requirement: REQ-
                """);
        // when
        SpecConfig config = SpecConfig.read(file);
        CheckSettings settings = config.settings(Optional.empty(), Optional.empty());
        List<String> findings = findings(settings);
        // then
        assertThat(settings.profile()).isEqualTo(Profile.STANDARD);
        assertThat(settings.failOn()).isEqualTo(Severity.WARNING);
        assertThat(findings).contains("lang.vague-term ERROR 'fast' is not measurable (\"…export the report fast and snappy.\")",
                "lang.vague-term ERROR 'snappy' is not measurable (\"…report fast and snappy.\")");
        assertThat(ids(findings)).contains("ids.prefix").doesNotContain("spec.no-use-cases", "spec.no-entities", "edge.too-few");
        // and without the file, the defaults
        List<String> plain = ids(findings(CheckSettings.defaults()));
        assertThat(plain).contains("spec.no-use-cases", "edge.too-few").doesNotContain("ids.prefix");
    }

    @Test
    void a_json_file_sets_the_same_as_its_yaml_twin() throws IOException {
        // given
        Path yaml = write("a/specdriven.yaml", "rules:\n  lang.vague-term: off\nlexicons:\n  vague-terms:\n    remove: [fast]\n");
        Path json = write("b/specdriven.json", "{\"rules\": {\"lang.vague-term\": \"off\"}, \"lexicons\": {\"vague-terms\": {\"remove\": [\"fast\"]}}}");
        // then
        assertThat(findings(SpecConfig.read(json).settings(Optional.empty(), Optional.empty())))
                .isEqualTo(findings(SpecConfig.read(yaml).settings(Optional.empty(), Optional.empty())))
                .noneMatch(f -> f.startsWith("lang.vague-term"));
    }

    @Test
    void a_command_line_option_wins_over_the_file() throws IOException {
        // given
        SpecConfig config = SpecConfig.read(write("specdriven.yaml", "profile: strict\nfail-on: warning\n"));
        // when
        CheckSettings fromFile = config.settings(Optional.empty(), Optional.empty());
        CheckSettings overridden = config.settings(Optional.of(Profile.BASIC), Optional.of(Severity.ERROR));
        // then
        assertThat(fromFile).isEqualTo(CheckSettings.of(Profile.STRICT, Severity.WARNING));
        assertThat(overridden).isEqualTo(CheckSettings.of(Profile.BASIC, Severity.ERROR));
    }

    private SpecConfigException refused(String name, String text) throws IOException {
        Path file = write(name, text);
        return catchThrowableOfType(SpecConfigException.class,
                () -> SpecConfig.read(file).settings(Optional.empty(), Optional.empty()));
    }

    @Test
    void an_unknown_key_names_its_line_and_the_key_probably_meant() throws IOException {
        // when
        SpecConfigException e = refused("specdriven.yaml", "profile: strict\nrulez:\n  lang.vague-term: off\n");
        // then
        assertThat(e.getMessage()).isEqualTo(dir.resolve("specdriven.yaml") + ":2:1: unknown key 'rulez' — did you mean 'rules'?");
        assertThat(e.location().line()).isEqualTo(2);
    }

    @Test
    void a_rule_that_does_not_exist_is_refused_at_its_key_with_a_did_you_mean() throws IOException {
        // when
        SpecConfigException e = refused("specdriven.yaml", "rules:\n  lang.vague-term: off\n  lang.vague-trem: warning\n");
        // then
        assertThat(e.location().line()).isEqualTo(3);
        assertThat(e.location().column()).isEqualTo(3);
        assertThat(e.problem()).contains("'lang.vague-trem'", "lang.vague-term");
    }

    @Test
    void a_setting_a_rule_does_not_have_is_refused_at_its_name() throws IOException {
        // when
        SpecConfigException e = refused("specdriven.json", "{\n  \"settings\": {\n    \"edge.too-few\": {\"mni\": 2}\n  }\n}\n");
        // then
        assertThat(e.location().line()).isEqualTo(3);
        assertThat(e.problem()).contains("mni");
    }

    @Test
    void a_value_of_the_wrong_type_or_out_of_range_says_what_was_expected() throws IOException {
        assertThat(refused("specdriven.yaml", "max-findings-per-rule: many\n").getMessage())
                .endsWith("specdriven.yaml:1:24: expected a whole number, found a text");
        assertThat(refused("specdriven.yaml", "max-findings-per-rule: 0\n").problem()).isEqualTo("0 is out of range: use 1 or more");
        assertThat(refused("specdriven.yaml", "profile: strcit\n").problem())
                .isEqualTo("'strcit' is not one of basic, standard, strict — did you mean 'strict'?");
        assertThat(refused("specdriven.yaml", "rules:\n  lang.vague-term: false\n").problem())
                .isEqualTo("expected a text, found true or false");
        assertThat(refused("specdriven.yaml", "id-prefixes:\n  requirment: REQ-\n").problem())
                .isEqualTo("unknown element kind 'requirment' — did you mean 'requirement'?");
        assertThat(refused("specdriven.yaml", "lexicons:\n  vague-terms:\n    ad: [x]\n").problem())
                .isEqualTo("unknown key 'ad': a lexicon takes add and remove — did you mean 'add'?");
        assertThat(refused("specdriven.yaml", "- profile\n").problem()).isEqualTo("expected a map (the configuration), found a list");
    }

    @Test
    void a_file_that_is_not_well_formed_or_repeats_a_key_is_refused_where_it_breaks() throws IOException {
        assertThat(refused("specdriven.json", "{\n  \"profile\": \"strict\",\n}\n").location().line()).isEqualTo(3);
        assertThat(refused("specdriven.yaml", "profile: strict\nprofile: basic\n").getMessage())
                .endsWith("specdriven.yaml:2:1: duplicate key 'profile'");
        assertThat(refused("specdriven.yaml", "rules: [a\n").problem()).startsWith("not well-formed YAML: ");
        assertThat(refused("specdriven.toml", "x = 1\n").problem()).isEqualTo("a configuration file is .yaml, .yml or .json");
        assertThat(catchThrowableOfType(SpecConfigException.class, () -> SpecConfig.read(dir.resolve("none.yaml"))).problem())
                .isEqualTo("no such file");
    }

    @Test
    void the_file_is_found_from_a_directory_up_to_the_repository_root() throws IOException {
        // given
        write("repo/specdriven.yaml", "profile: strict\n");
        Files.createDirectories(dir.resolve("repo/.git"));
        Path deep = Files.createDirectories(dir.resolve("repo/a/b"));
        write("specdriven.yaml", "profile: basic\n"); // above the repository: never read from inside it
        Path outside = Files.createDirectories(dir.resolve("other/x"));
        Files.createDirectories(dir.resolve("other/.git"));
        // then
        assertThat(SpecConfig.find(deep)).contains(Path.of("../../specdriven.yaml"));
        assertThat(SpecConfig.find(outside)).isEmpty();
        assertThat(SpecConfig.read(deep.resolve(SpecConfig.find(deep).get())).profile()).contains(Profile.STRICT);
    }

    @Test
    void two_files_in_one_directory_are_refused() throws IOException {
        // given
        write("p/specdriven.yaml", "profile: strict\n");
        write("p/specdriven.json", "{}");
        // then
        assertThat(catchThrowableOfType(SpecConfigException.class, () -> SpecConfig.find(dir.resolve("p"))).problem())
                .isEqualTo("holds both specdriven.yaml and specdriven.json: keep one");
    }

    @Test
    void describe_lists_what_the_file_sets() throws IOException {
        // given
        SpecConfig config = SpecConfig.read(write("specdriven.yaml", "profile: strict\nrules:\n  lang.vague-term: off\n"));
        // then
        assertThat(config.describe()).containsExactly("profile: strict", "rules: {lang.vague-term: off}");
        assertThat(SpecConfig.none().describe()).isEmpty();
        assertThat(SpecConfig.none().settings(Optional.empty(), Optional.empty())).isEqualTo(CheckSettings.defaults());
    }

    @Test
    void max_document_size_is_a_size_or_whole_bytes_and_a_wrong_one_is_located_issue_13() throws IOException {
        // when
        SpecConfig yaml = SpecConfig.read(write("specdriven.yaml", "max-document-size: 300MB\n"));
        SpecConfig json = SpecConfig.read(write("specdriven.json", "{\"max-document-size\": 52428800}"));
        SpecConfigException wrong = refused("wrong.yaml", "profile: strict\nmax-document-size: 300XB\n");
        // then
        assertThat(yaml.maxDocumentSize()).hasValue(300L << 20);
        assertThat(json.maxDocumentSize()).hasValue(52_428_800L);
        assertThat(SpecConfig.none().maxDocumentSize()).isEmpty();
        assertThat(yaml.settings(Optional.empty(), Optional.empty())).isEqualTo(CheckSettings.defaults());
        assertThat(wrong.getMessage()).isEqualTo(dir.resolve("wrong.yaml") + ":2:20: '300XB' is not a size: write bytes,"
                + " or a number with KB, MB or GB, such as 300MB or 1g");
    }
}
