package io.specdriven.json.internal.results;

import io.specdriven.core.verify.TestResult;
import io.specdriven.core.verify.TestVerdict;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * JUnit XML reports as Surefire and Failsafe write them ({@code TEST-*.xml}), and as Cucumber's JUnit
 * formatter writes them. Ids come from {@code <property name="verifies" value="AC-1,AC-2"/>} of a test
 * case; for Cucumber's report, from the first word of the scenario name ({@code spec render --to gherkin}
 * names each scenario after its criterion). Surefire reruns ({@code flakyFailure}, {@code rerunFailure},
 * {@code flakyError}, {@code rerunError}) become earlier failed runs of the same test.
 *
 * <p>Parsed with the JDK's SAX parser, hardened: no DTD (a document with one is refused), no external
 * entities or schemas, secure processing on.
 */
public final class JUnitXmlDecoder {
    private static final String CUCUMBER_SUITE = "io.cucumber.core.plugin.JUnitFormatter";

    private JUnitXmlDecoder() {}

    public static boolean looksLikeXml(String text) {
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i < text.length() && text.charAt(i) == '<';
    }

    static SAXParser parser() {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(false);
            f.setValidating(false);
            f.setXIncludeAware(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            SAXParser p = f.newSAXParser();
            p.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            p.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return p;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be hardened: " + e.getMessage(), e);
        }
    }

    public static List<TestResult> decode(String text) {
        Handler h = new Handler();
        try {
            parser().parse(new InputSource(new StringReader(text)), h);
        } catch (SAXParseException e) {
            String m = e.getMessage() == null ? "malformed" : e.getMessage();
            if (m.contains("DOCTYPE")) m = "a DOCTYPE is not allowed in a test report (DTDs and entities are refused)";
            throw new Located(e.getLineNumber(), e.getColumnNumber(), "not a readable JUnit XML report: " + m, e);
        } catch (Located e) {
            throw e;
        } catch (SAXException | IOException e) {
            throw new Located(1, 1, "not a readable JUnit XML report: " + e.getMessage(), e);
        }
        if (!h.rootSeen) throw new Located(1, 1, "not a JUnit XML report: expected <testsuite> or <testsuites>", null);
        return h.results;
    }

    private static final class Handler extends DefaultHandler {
        final List<TestResult> results = new ArrayList<>();
        Locator locator;
        boolean rootSeen;
        boolean cucumber;
        String suite;
        // the open test case
        String caseId;
        String caseName;
        Duration caseTime;
        int caseLine;
        TestVerdict verdict;
        String message;
        List<String> verifies;
        List<String> earlier;
        int depth;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        private Located error(String problem) {
            return new Located(locator == null ? 1 : locator.getLineNumber(), locator == null ? 1 : locator.getColumnNumber(),
                    problem, null);
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) {
            depth++;
            if (depth == 1) {
                if (!qName.equals("testsuite") && !qName.equals("testsuites")) {
                    throw error("not a JUnit XML report: the root element is <" + qName + ">, expected <testsuite> or <testsuites>");
                }
                rootSeen = true;
            }
            switch (qName) {
                case "testsuite" -> {
                    suite = a.getValue("name");
                    cucumber = CUCUMBER_SUITE.equals(suite);
                }
                case "testcase" -> {
                    String name = a.getValue("name");
                    if (name == null) throw error("<testcase> has no name attribute");
                    String cls = a.getValue("classname");
                    caseName = cls == null || cls.isEmpty() ? name : simple(cls) + "." + name;
                    caseId = (cls == null ? "" : cls) + "#" + name;
                    caseTime = time(a.getValue("time"));
                    caseLine = locator == null ? 1 : locator.getLineNumber();
                    verdict = TestVerdict.PASSED;
                    message = null;
                    verifies = new ArrayList<>();
                    earlier = new ArrayList<>();
                    if (cucumber) {
                        String first = name.strip().split("\\s+", 2)[0];
                        if (!first.isEmpty()) verifies.add(first);
                    }
                }
                case "property" -> {
                    if (caseId != null && "verifies".equals(a.getValue("name"))) {
                        String value = a.getValue("value");
                        if (value == null) throw error("<property name=\"verifies\"> has no value attribute");
                        for (String id : value.split("[,\\s]+")) if (!id.isEmpty()) verifies.add(id);
                    }
                }
                case "failure", "error" -> {
                    if (caseId != null) {
                        verdict = TestVerdict.FAILED;
                        message = a.getValue("message");
                    }
                }
                case "skipped" -> {
                    if (caseId != null && verdict != TestVerdict.FAILED) {
                        verdict = TestVerdict.SKIPPED;
                        message = a.getValue("message");
                    }
                }
                case "flakyFailure", "flakyError", "rerunFailure", "rerunError" -> {
                    if (caseId != null) earlier.add(a.getValue("message"));
                }
                default -> { }
            }
        }

        private Duration time(String value) {
            if (value == null || value.isBlank()) return Duration.ZERO;
            try {
                BigDecimal seconds = new BigDecimal(value.strip().replace(",", ""));
                if (seconds.signum() < 0 || seconds.compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0) {
                    throw error("time=\"" + value + "\" is out of range");
                }
                return Duration.ofNanos(seconds.movePointRight(9).longValue());
            } catch (NumberFormatException e) {
                throw error("time=\"" + Node.printable(value) + "\" is not a number of seconds");
            }
        }

        private static String simple(String cls) {
            int dot = cls.lastIndexOf('.');
            return dot < 0 ? cls : cls.substring(dot + 1);
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            depth--;
            if (qName.equals("testcase") && caseId != null) {
                // Surefire lists the reruns inside the test case: a flaky failure then a pass, or failures only.
                for (int i = 0; i < earlier.size(); i++) {
                    TestResult.Builder b = TestResult.builder(caseId, caseName).verifies(verifies)
                            .verdict(TestVerdict.FAILED);
                    if (earlier.get(i) != null) b.message(Node.bounded(earlier.get(i)));
                    results.add(b.build());
                }
                TestResult.Builder b = TestResult.builder(caseId, caseName).verifies(verifies).verdict(verdict).duration(caseTime);
                if (message != null && verdict != TestVerdict.PASSED) b.message(Node.bounded(message));
                results.add(b.build());
                caseId = null;
            }
        }
    }
}
