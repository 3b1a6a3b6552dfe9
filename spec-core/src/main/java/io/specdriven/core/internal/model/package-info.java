/**
 * The one description of the model's shape: every record type with its key, its place in the spec and
 * its fields (texts, references, parts), and the walk over a spec derived from it. Id indexing, waivers,
 * text-rule targets, references, element paths, the canonical form and the differ all read this
 * description, so a new field is declared here once, beside its record, builder, decoder and encoder.
 */
package io.specdriven.core.internal.model;
