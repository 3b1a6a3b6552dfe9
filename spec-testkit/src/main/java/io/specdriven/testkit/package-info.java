/** Seeded spec generators and the manifest of the defects a correct checker must report. */
package io.specdriven.testkit;
