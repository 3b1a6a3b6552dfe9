/** The plugin's internals: naming files for the log, parameter values, finding lines and file writes. */
package io.specdriven.maven.internal;
