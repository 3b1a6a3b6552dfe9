package io.specdriven.json;

import io.specdriven.core.Spec;

/** A user's type that holds a spec, for the module tests; public so that data binding can make one. */
public record UserProject(String name, Spec spec) {}
