/** Tests of the vendored-packages helpers that need no container. */
package dev.produce.verifier.offline;
