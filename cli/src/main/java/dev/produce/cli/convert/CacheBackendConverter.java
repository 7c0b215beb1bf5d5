package dev.produce.cli.convert;

import dev.produce.model.CacheBackend;
import picocli.CommandLine.ITypeConverter;

/** Converts {@code --cache} values with {@link CacheBackend#parse}: {@code redis|valkey|memcache|none}. */
public final class CacheBackendConverter implements ITypeConverter<CacheBackend> {
  @Override
  public CacheBackend convert(String text) {
    return CacheBackend.parse(text);
  }
}
