/** Readers and writers of test results and acceptance histories; not exported. */
package io.specdriven.json.internal.results;
