package dev.produce.generators.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** produce's version, filtered into {@code produce.properties} by Maven at build time. */
public final class ProduceVersion {
  private static final String VERSION = load();

  private ProduceVersion() {}

  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = ProduceVersion.class.getResourceAsStream("produce.properties")) {
      if (in == null) {
        throw new IllegalStateException("produce.properties missing from the generators jar");
      }
      Properties props = new Properties();
      props.load(in);
      return props.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
