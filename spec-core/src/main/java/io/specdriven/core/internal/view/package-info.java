/** Renderers behind {@link io.specdriven.core.view.SpecViews}; not API. */
package io.specdriven.core.internal.view;
