/** Implementation of the JSON format; not exported, not API. */
package io.specdriven.json.internal;
