/** Reading and writing specs as JSON: {@link io.specdriven.json.SpecJson} is the entry point. */
package io.specdriven.json;
