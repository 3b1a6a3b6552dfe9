package io.specdriven.core.internal;

import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLogger;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Quiet by default: the library logs only through SLF4J, and prints nothing on a user's stderr when the
 * application has chosen no logging at all.
 *
 * <ul>
 *   <li>With an SLF4J provider on the path (logback, slf4j-simple, log4j-slf4j2-impl, ...), or the SLF4J 1.x
 *       API (which Maven gives its plugins), our loggers are
 *       SLF4J's, and Hibernate Validator's JBoss Logging is routed to SLF4J too (the system property
 *       {@code org.jboss.logging.provider=slf4j}, set only if the application has not set it), so its
 *       messages reach the same configuration instead of java.util.logging's console.
 *   <li>With none, SLF4J would drop every message and say so on stderr ("No SLF4J providers were
 *       found"); we drop them without the notice, and keep Hibernate Validator's version banner
 *       ({@code HV000001}, an INFO line java.util.logging would print) off the console, leaving its
 *       warnings visible.
 * </ul>
 */
public final class Logging {
    private static final boolean SLF4J_PROVIDED = slf4jProvided();
    /** Held so that java.util.logging, which keeps loggers weakly, does not forget the level. */
    private static java.util.logging.Logger hibernateValidator;

    private Logging() {}

    /**
     * Returns SLF4J's logger for the type, or a no-op logger when the application has no SLF4J provider.
     *
     * @param type the logging class
     * @return the logger
     */
    public static Logger logger(Class<?> type) {
        return SLF4J_PROVIDED ? LoggerFactory.getLogger(type) : NOPLogger.NOP_LOGGER;
    }

    /** Call before Hibernate Validator starts: routes its logging as the class comment says. */
    public static synchronized void beforeHibernateValidator() {
        if (System.getProperty("org.jboss.logging.provider") != null) return; // the application chose
        if (SLF4J_PROVIDED) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        } else if (hibernateValidator == null) {
            java.util.logging.Logger logger = java.util.logging.Logger.getLogger("org.hibernate.validator");
            if (logger.getLevel() == null) logger.setLevel(java.util.logging.Level.WARNING);
            hibernateValidator = logger;
        }
    }

    /** Whether SLF4J will find a provider, asked the way SLF4J itself asks, without its notice. */
    private static boolean slf4jProvided() {
        if (System.getProperty("slf4j.provider") != null) return true; // explicit choice: let SLF4J handle it
        try {
            return ServiceLoader.load(SLF4JServiceProvider.class, LoggerFactory.class.getClassLoader())
                    .stream()
                    .findAny()
                    .isPresent();
        } catch (ServiceConfigurationError e) {
            return true; // a broken provider: SLF4J reports it better than we could
        } catch (LinkageError e) {
            // SLF4J 1.x is on the path (no SLF4JServiceProvider; it binds statically, and says so itself when
            // it finds no binding): Maven 3.8 and 3.9 give every plugin their own 1.7 API, whatever the plugin
            // depends on. Its loggers are the application's.
            return true;
        }
    }
}
