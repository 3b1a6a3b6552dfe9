/**
 * specdriven HTML: one self-contained page of a spec, with its diagrams drawn as SVG, its findings next
 * to the elements they are about and its traceability matrix. Entry point:
 * {@link io.specdriven.html.SpecHtml}.
 */
// plantuml-mit's jar carries a module descriptor under META-INF/versions but is not marked Multi-Release,
// so the module system sees it as the automatic module its manifest names.
@SuppressWarnings("requires-automatic")
module io.specdriven.html {
    requires transitive io.specdriven.core; // Spec and ValidationReport are in the API
    requires org.jsoup;
    requires net.sourceforge.plantuml;

    exports io.specdriven.html;
}
