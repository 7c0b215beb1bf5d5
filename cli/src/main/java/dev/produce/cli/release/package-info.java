/**
 * What a release carries besides the jar, made from the commands' own Picocli model so that it never
 * disagrees with {@code --help}: a man page per command ({@link dev.produce.cli.release.ManPage}) and
 * bash completion ({@link dev.produce.cli.release.ReleaseDocs}, through Picocli's {@code AutoComplete}).
 * The {@code dist} module runs {@link dev.produce.cli.release.ReleaseDocs} at build time; nothing here
 * runs when produce does.
 */
package dev.produce.cli.release;
