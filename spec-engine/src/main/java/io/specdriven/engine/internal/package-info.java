/** The engine's internals: file handling, renderers; not exported. */
package io.specdriven.engine.internal;
