/**
 * Traceability: which criteria, use cases and entities cover each requirement, and what covers nothing.
 *
 * @since 0.1
 */
package io.specdriven.core.trace;
