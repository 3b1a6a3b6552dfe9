package io.specdriven.engine.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this build, from a resource Maven fills in. */
public final class Version {
    private static final String CURRENT = load();

    private Version() {}

    /**
     * Returns the version.
     *
     * @return such as {@code 0.1.0-SNAPSHOT}, or {@code unknown}
     */
    public static String current() {
        return CURRENT;
    }

    private static String load() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("tool.properties")) {
            if (in != null) properties.load(in);
        } catch (IOException e) {
            // fall through to "unknown": the version is informative only
        }
        return properties.getProperty("version", "unknown");
    }
}
