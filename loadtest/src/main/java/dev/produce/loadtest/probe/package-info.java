/**
 * Time to first byte, measured independently of Gatling: a probe thread requests HTML pages with
 * the JDK's {@link java.net.http.HttpClient} and an input-stream body handler, so {@code send}
 * returns when the response headers have arrived; the body is read afterwards and not timed.
 */
package dev.produce.loadtest.probe;
