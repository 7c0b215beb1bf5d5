package dev.produce.cli.convert;

import dev.produce.model.Excerpt;
import dev.produce.model.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;

/** {@code --target-url}: an absolute http:// or https:// URL with a host, e.g. {@code https://staging.example.org/}. */
public final class TargetUrlConverter implements ITypeConverter<URI> {
  static final String OPTION = "--target-url";

  @Override
  public URI convert(String text) {
    String value = text == null ? "" : text.trim();
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return uri.getRawPath() == null || uri.getRawPath().isEmpty() ? uri.resolve("/") : uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new InvalidInputException(OPTION, "must be an http:// or https:// URL with a host, was '" + Excerpt.of(text) + "'");
  }
}
