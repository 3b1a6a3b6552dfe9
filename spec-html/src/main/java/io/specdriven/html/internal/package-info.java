/** How the page is built: the DOM, the diagrams, the style sheet. Not part of the API. */
package io.specdriven.html.internal;
