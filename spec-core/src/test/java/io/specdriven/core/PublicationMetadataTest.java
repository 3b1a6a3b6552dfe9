package io.specdriven.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What Maven Central requires of every module, read from the POMs as they are written (not the effective
 * model: Maven falls back to the artifactId for a missing name and inherits the parent's description,
 * so only the written POM shows what a module forgot). Every module of the reactor is found from the root
 * POM's {@code <modules>}, recursively, so a module added later is checked without touching this test.
 *
 * <p>A module that is never deployed sets the property {@code specdriven.unpublished} to {@code true}; it
 * still needs a name and a description, but no BOM entry. That its sources and javadoc jars are really
 * built is checked by the enforcer rule {@code central-artifacts} of the root POM, at {@code verify}.
 */
class PublicationMetadataTest {
    private static final String PARENT = "specdriven-parent";
    private static final String BOM = "spec-bom";
    private static Path root;
    private static Map<String, Pom> poms;

    @BeforeAll
    static void read_the_reactor() throws Exception {
        // The tests run inside io.specdriven.core, which (rightly) does not read java.xml.
        ModuleLayer.boot().findModule("java.xml").ifPresent(PublicationMetadataTest.class.getModule()::addReads);
        root = findRoot();
        poms = new LinkedHashMap<>();
        collect(root, poms);
    }

    @Test
    void given_the_reactor_when_listing_modules_then_it_finds_the_parent_the_bom_and_the_library() {
        assertThat(poms).containsKeys(PARENT, BOM, "spec-core", "spec-json");
    }

    @Test
    void given_every_module_when_read_as_written_then_it_declares_its_own_name_and_description() {
        String parentDescription = poms.get(PARENT).text("description").orElseThrow();
        List<String> problems = new ArrayList<>();
        for (Pom pom : poms.values()) {
            if (pom.text("name").isEmpty()) problems.add(pom + " has no <name>");
            Optional<String> description = pom.text("description");
            if (description.isEmpty()) problems.add(pom + " has no <description>");
            else if (pom != poms.get(PARENT) && description.get().equals(parentDescription))
                problems.add(pom + " repeats the parent's <description>: say what this module holds");
        }
        assertThat(problems).as("modules lacking what Maven Central requires").isEmpty();
    }

    @Test
    void given_every_module_when_its_parents_are_followed_then_it_has_url_licence_developers_scm_and_issues() {
        List<String> problems = new ArrayList<>();
        for (Pom pom : poms.values()) {
            requireInherited(pom, "url", p -> p.text("url").isPresent(), problems);
            requireInherited(pom, "licenses (name and url)",
                    p -> p.text("licenses/license/name").isPresent() && p.text("licenses/license/url").isPresent(),
                    problems);
            requireInherited(pom, "developers (a name)", p -> p.text("developers/developer/name").isPresent(), problems);
            requireInherited(pom, "scm (url and connection)",
                    p -> p.text("scm/url").isPresent() && p.text("scm/connection").isPresent(), problems);
            requireInherited(pom, "issueManagement (url)", p -> p.text("issueManagement/url").isPresent(), problems);
        }
        assertThat(problems).as("modules lacking what Maven Central requires").isEmpty();
    }

    @Test
    void given_the_parent_when_read_then_its_licence_is_apache_2_and_the_licence_file_says_so() throws IOException {
        Pom parent = poms.get(PARENT);
        assertThat(parent.text("licenses/license/name")).contains("Apache-2.0");
        assertThat(Files.readString(root.resolve("LICENSE"), StandardCharsets.UTF_8))
                .contains("Apache License", "Version 2.0, January 2004");
    }

    @Test
    void given_the_parent_when_read_then_builds_are_reproducible_with_a_fixed_output_timestamp() {
        assertThat(poms.get(PARENT).text("properties/project.build.outputTimestamp"))
                .hasValueSatisfying(t -> assertThat(t).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
    }

    @Test
    void given_a_published_jar_module_when_read_then_it_inherits_the_sources_and_javadoc_jars_and_skips_neither() {
        List<String> problems = new ArrayList<>();
        for (Pom pom : poms.values()) {
            if (pom.unpublished() || pom.packaging().equals("pom")) continue;
            if (!pom.inheritsFrom(PARENT))
                problems.add(pom + " does not inherit " + PARENT + ", which attaches the sources and javadoc jars");
            for (String skip : List.of("maven.source.skip", "maven.javadoc.skip", "maven.deploy.skip")) {
                if (pom.text("properties/" + skip).isPresent())
                    problems.add(pom + " sets " + skip + ": set specdriven.unpublished to true if it is never deployed");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void given_the_bom_when_compared_with_the_reactor_then_it_lists_exactly_the_published_modules_at_their_version() {
        Pom bom = poms.get(BOM);
        assertThat(bom.text("version")).isEqualTo(poms.get(PARENT).text("version"));
        assertThat(bom.text("groupId")).isEqualTo(poms.get(PARENT).text("groupId"));
        List<String> published = new ArrayList<>();
        for (Pom pom : poms.values()) {
            if (!pom.unpublished() && !pom.artifactId.equals(PARENT) && !pom.artifactId.equals(BOM))
                published.add(pom.artifactId);
        }
        List<String> listed = new ArrayList<>();
        for (Element dependency : bom.all("dependencyManagement/dependencies/dependency")) {
            listed.add(childText(dependency, "artifactId"));
            assertThat(childText(dependency, "version")).as("version of " + childText(dependency, "artifactId"))
                    .isEqualTo("${project.version}");
        }
        assertThat(listed).as("the modules spec-bom/pom.xml lists (add a published module there, or mark it"
                        + " unpublished with the property specdriven.unpublished)")
                .containsExactlyInAnyOrderElementsOf(published);
    }

    private interface Has {
        boolean in(Pom pom);
    }

    private static void requireInherited(Pom pom, String what, Has has, List<String> problems) {
        for (Pom p = pom; p != null; p = p.parent()) {
            if (has.in(p)) return;
        }
        problems.add(pom + " has no " + what + ", not even from a parent");
    }

    private static Path findRoot() throws Exception {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path pom = dir.resolve("pom.xml");
            if (Files.isRegularFile(pom) && new Pom(pom).artifactId.equals(PARENT)) return dir;
        }
        throw new IllegalStateException("no " + PARENT + " pom.xml above " + Path.of("").toAbsolutePath());
    }

    private static void collect(Path dir, Map<String, Pom> into) throws Exception {
        Pom pom = new Pom(dir.resolve("pom.xml"));
        into.put(pom.artifactId, pom);
        for (Element module : pom.all("modules/module")) collect(dir.resolve(module.getTextContent().trim()), into);
        for (Element module : pom.all("profiles/profile/modules/module"))
            collect(dir.resolve(module.getTextContent().trim()), into);
    }

    private static String childText(Element element, String name) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) return e.getTextContent().trim();
        }
        return "";
    }

    /** One POM as written. */
    private static final class Pom {
        final Path file;
        final Element project;
        final String artifactId;

        Pom(Path file) throws Exception {
            this.file = file;
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(file.toFile());
            this.project = document.getDocumentElement();
            this.artifactId = childText(project, "artifactId");
        }

        Optional<String> text(String path) {
            List<Element> found = all(path);
            return found.isEmpty() || found.get(0).getTextContent().isBlank()
                    ? Optional.empty()
                    : Optional.of(found.get(0).getTextContent().trim());
        }

        List<Element> all(String path) {
            List<Element> level = List.of(project);
            for (String step : path.split("/")) {
                List<Element> next = new ArrayList<>();
                for (Element e : level) {
                    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                        if (n instanceof Element c && c.getTagName().equals(step)) next.add(c);
                    }
                }
                level = next;
            }
            return level;
        }

        String packaging() {
            return text("packaging").orElse("jar");
        }

        boolean unpublished() {
            return text("properties/specdriven.unpublished").map(Boolean::parseBoolean).orElse(false);
        }

        /** The parent POM inside this repository, or null. */
        Pom parent() {
            Optional<String> parentId = text("parent/artifactId");
            return parentId.map(poms::get).orElse(null);
        }

        boolean inheritsFrom(String ancestor) {
            for (Pom p = parent(); p != null; p = p.parent()) {
                if (p.artifactId.equals(ancestor)) return true;
            }
            return false;
        }

        @Override
        public String toString() {
            return root == null ? file.toString() : root.relativize(file).toString();
        }
    }
}
