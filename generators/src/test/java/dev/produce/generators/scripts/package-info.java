/**
 * Tests of the bundle's shell scripts without a server: shellcheck and {@code bash -n} over every
 * script of several bundles, the generated data file, and the helpers that can run anywhere
 * (settings.php editing, memcached option parsing, file comparison, the entry point's refusals), and
 * the server-side {@code server/produce-apply} with a stand-in bundle.
 */
package dev.produce.generators.scripts;
