/** Validation of specs: the validator, its rules and the report of findings. */
package io.specdriven.core.validation;
