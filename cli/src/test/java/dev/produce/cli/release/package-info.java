/** Tests of the release's man pages and bash completion. */
package dev.produce.cli.release;
