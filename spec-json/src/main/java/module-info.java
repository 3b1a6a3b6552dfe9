/**
 * specdriven JSON: reads and writes {@link io.specdriven.core.Spec}s in the documented, versioned
 * specdriven JSON format ({@code specFormat 1}), strictly on the way in and canonically on the way out.
 *
 * <p>Entry points: {@link io.specdriven.json.SpecJson} for reading and writing,
 * {@link io.specdriven.json.SpecJsonModule} for an existing Jackson {@code JsonMapper}.
 */
module io.specdriven.json {
    requires transitive io.specdriven.core;
    // SpecJsonModule extends Jackson's JacksonModule, so code that registers it must read databind.
    requires transitive tools.jackson.databind;
    requires tools.jackson.core;
    // JUnit XML test reports are parsed with the JDK's (hardened) SAX parser.
    requires java.xml;

    exports io.specdriven.json;
    exports io.specdriven.json.results;
    // So JsonMapper.builder().findAndAddModules() finds the module on the module path; the class path
    // reads META-INF/services/tools.jackson.databind.JacksonModule.
    provides tools.jackson.databind.JacksonModule with io.specdriven.json.SpecJsonModule;
    // The JSON implementation of the core's reader contract, found by SpecFormats.
    provides io.specdriven.core.source.SpecFormatReader with io.specdriven.json.SpecReader;
    // No `opens`: every type is read and written by hand-written code over Jackson's streaming API, so
    // Jackson never reflects on our classes or the model's.
}
