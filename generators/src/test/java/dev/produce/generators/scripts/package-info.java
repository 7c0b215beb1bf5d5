/**
 * Tests of the bundle's shell scripts without a server: shellcheck and {@code bash -n} over every
 * script of several bundles and over each static script from its resource under {@code
 * src/main/resources/shell/}, the static scripts sourced on their own, the generated data file, and
 * the helpers that can run anywhere
 * (settings.php editing, memcached option parsing, file comparison, the entry point's refusals), and
 * the server-side {@code server/produce-apply} with a stand-in bundle.
 */
package dev.produce.generators.scripts;
