/** Implementation details of the core module; not exported, not API. */
package io.specdriven.core.internal;
