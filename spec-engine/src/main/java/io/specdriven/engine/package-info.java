/**
 * The application layer: {@link io.specdriven.engine.SpecEngine} answers check, render, trace, diff and
 * rules requests over {@link io.specdriven.engine.Source}s with typed results holding the library's own
 * values, and {@link io.specdriven.engine.SpecOutput} writes every result in every output format.
 */
package io.specdriven.engine;
