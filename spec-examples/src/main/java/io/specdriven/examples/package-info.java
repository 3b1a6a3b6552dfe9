/** Example specifications written with the builder API: see {@link io.specdriven.examples.Examples}. */
package io.specdriven.examples;
