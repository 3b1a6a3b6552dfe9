/**
 * The reader contract every spec format shares: {@link io.specdriven.core.source.SpecFormatReader} turns a
 * document into a {@link io.specdriven.core.source.LocatedSpec} (the spec and where each element stands),
 * and refuses a bad one with the one {@link io.specdriven.core.source.SpecReadException}, located by a
 * {@link io.specdriven.core.source.SourceLocation}. Readers are found with
 * {@link io.specdriven.core.source.SpecFormats} through {@link java.util.ServiceLoader}, or used directly.
 */
package io.specdriven.core.source;
