/** The canonical encoding, matching and impact analysis behind {@link io.specdriven.core.diff.SpecDiff}; not API. */
package io.specdriven.core.internal.diff;
