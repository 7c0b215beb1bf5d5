package dev.produce.cli.convert;

import dev.produce.model.PhpVersion;
import picocli.CommandLine.ITypeConverter;

/** Converts {@code --php} values with {@link PhpVersion#parse}: one of {@link PhpVersion#SUPPORTED}. */
public final class PhpVersionConverter implements ITypeConverter<PhpVersion> {
  @Override
  public PhpVersion convert(String text) {
    return PhpVersion.parse(text);
  }
}
