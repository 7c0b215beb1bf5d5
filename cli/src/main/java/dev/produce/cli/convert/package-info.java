/**
 * Picocli type converters for {@code produce} options. Each one delegates to the model's parser
 * where there is one ({@link dev.produce.model.MemorySize}, {@link dev.produce.model.CacheBackend},
 * {@link dev.produce.model.PhpVersion}) and fails with a {@link dev.produce.model.InvalidInputException}
 * whose one-line message names the option and the accepted values; the command's
 * parameter-exception handler prints that message as it is.
 *
 * <p>Depends on the model only; nothing here does I/O.
 */
package dev.produce.cli.convert;
