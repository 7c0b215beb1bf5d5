package dev.produce.cli.convert;

import dev.produce.model.Distro;
import picocli.CommandLine.ITypeConverter;

/** Converts {@code --distro} values with {@link Distro#parse}: {@code debian-13|debian-12}. */
public final class DistroConverter implements ITypeConverter<Distro> {
  @Override
  public Distro convert(String text) {
    return Distro.parse(text);
  }
}
