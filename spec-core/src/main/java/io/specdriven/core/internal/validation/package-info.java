/** The built-in validation rules and the machinery that runs rules; not exported, not API. */
package io.specdriven.core.internal.validation;
