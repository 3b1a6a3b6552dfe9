package io.specdriven.maven.internal;

/**
 * A goal's parameter, or the configuration file it reads, that cannot be used. The message names the
 * parameter first ({@code parameter 'profile': ...}) or the file and line; the mojo turns it into a build
 * failure without a stack trace.
 */
public final class ParameterException extends Exception {
    private static final long serialVersionUID = 1L;

    private ParameterException(String message) {
        super(message);
    }

    /**
     * Returns the exception for a parameter.
     *
     * @param parameter the parameter's name, as written in the plugin's configuration
     * @param problem what is wrong with its value
     * @return the exception
     */
    public static ParameterException of(String parameter, String problem) {
        return new ParameterException("parameter '" + parameter + "': " + problem);
    }

    /**
     * Returns the exception for a configuration file found without a parameter naming it.
     *
     * @param message the configuration's error, which starts with the file and line
     * @return the exception
     */
    public static ParameterException configuration(String message) {
        return new ParameterException("configuration file " + message);
    }
}
