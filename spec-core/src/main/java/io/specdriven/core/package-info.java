/** The specification model: immutable records with fluent builders. */
package io.specdriven.core;
