/** The HTML page of a spec: {@link io.specdriven.html.SpecHtml}. */
package io.specdriven.html;
