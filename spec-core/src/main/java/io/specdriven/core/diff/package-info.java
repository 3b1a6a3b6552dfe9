/**
 * What changed between two versions of a spec, and what else the change touches: see
 * {@link io.specdriven.core.diff.SpecDiff} and {@link io.specdriven.core.diff.Fingerprint}.
 *
 * @since 0.1
 */
package io.specdriven.core.diff;
