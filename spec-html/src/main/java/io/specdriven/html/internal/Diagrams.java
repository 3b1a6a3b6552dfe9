package io.specdriven.html.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.core.Diagram;
import net.sourceforge.plantuml.error.PSystemError;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * Diagrams drawn by PlantUML's own renderer as SVG and embedded in the page. The SVG is parsed and
 * cleaned before it is embedded: no script, no event handler, no link out, no processing instruction.
 */
final class Diagrams {
    /** Above this many nodes a diagram is not drawn: the layout would be unreadable and slow to compute. */
    static final int MAX_NODES = 250;

    private Diagrams() {}

    /**
     * Draws the diagram into the figure, or says in the figure why it is not drawn.
     *
     * @param figure where the SVG goes
     * @param nodes how many nodes the diagram has
     * @param source the PlantUML source, asked for only when the diagram is drawn
     * @param label the diagram's accessible name
     */
    static void draw(Element figure, String prefix, int nodes, Supplier<String> source, String label) {
        if (nodes > MAX_NODES) {
            figure.appendElement("p").addClass("empty").text("The diagram is not drawn: it would have " + nodes
                    + " nodes, more than " + MAX_NODES + ". The tables below list every element.");
            return;
        }
        String svg;
        try {
            svg = render(source.get());
        } catch (DiagramException e) {
            figure.appendElement("p").addClass("empty").text("The diagram could not be drawn: " + e.getMessage());
            return;
        }
        Document parsed = Jsoup.parse(svg, "", Parser.xmlParser());
        Element root = parsed.selectFirst("svg");
        if (root == null) {
            figure.appendElement("p").addClass("empty").text("The diagram could not be drawn: PlantUML gave no SVG.");
            return;
        }
        clean(root, prefix);
        root.attr("role", "img").attr("aria-label", label);
        root.removeAttr("width").removeAttr("height");
        root.attr("style", "max-width:100%;height:auto");
        figure.appendChild(root);
    }

    private static String render(String source) throws DiagramException {
        SourceStringReader reader = new SourceStringReader(source);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            reader.outputImage(out, new FileFormatOption(FileFormat.SVG).withSvgLinkTarget("_self"));
        } catch (IOException e) {
            // a ByteArrayOutputStream does not fail; PlantUML declares it for files
            throw new UncheckedIOException(e);
        }
        if (reader.getBlocks().isEmpty()) throw new DiagramException("PlantUML found no diagram.");
        Diagram diagram = reader.getBlocks().get(0).getDiagram();
        if (diagram instanceof PSystemError error) {
            throw new DiagramException("PlantUML rejects it at line " + error.getLineLocation().getPosition() + ".");
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Removes scripts, event handlers, links out, comments and processing instructions; shows control
     * and bidirectional characters in text as escapes; and prefixes every id, and every reference to
     * one, so two diagrams on one page never share an id.
     */
    static void clean(Element svg, String prefix) {
        svg.select("script, foreignObject, iframe, object, embed").remove();
        List<Node> drop = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Comment || node instanceof XmlDeclaration) drop.add(node);
            if (node instanceof TextNode t) t.text(Texts.safe(t.getWholeText()));
            if (node instanceof Element e) {
                List<String> bad = new ArrayList<>();
                for (Attribute a : e.attributes()) {
                    String name = a.getKey().toLowerCase(Locale.ROOT);
                    String value = a.getValue().strip();
                    boolean link = name.equals("href") || name.endsWith(":href");
                    if (name.startsWith("on") || (link && !value.startsWith("#"))) {
                        bad.add(a.getKey());
                    } else if (name.equals("id")) {
                        a.setValue(prefix + value);
                    } else if (link) {
                        a.setValue("#" + prefix + value.substring(1));
                    } else if (value.contains("url(#")) {
                        a.setValue(value.replace("url(#", "url(#" + prefix));
                    }
                }
                bad.forEach(e::removeAttr);
            }
        }, svg);
        drop.forEach(Node::remove);
    }

    /** PlantUML could not draw the diagram. */
    static final class DiagramException extends Exception {
        private static final long serialVersionUID = 1L;

        DiagramException(String message) {
            super(message);
        }
    }
}
