/** Internals of the JUnit listener; not API. */
package io.specdriven.junit.internal;
