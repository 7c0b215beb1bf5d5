package dev.produce.generators.packages;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One downloaded {@code .deb}: its file name (as apt names it, e.g. {@code nginx_1.22.1-9_amd64.deb}),
 * its bytes and its control stanza (what {@code dpkg-deb -f FILE} prints).
 */
public final class DebFile {
  private final String fileName;
  private final byte[] content;
  private final String control;
  private final Map<String, String> fields;

  public DebFile(String fileName, byte[] content, String control) {
    if (!fileName.matches("[A-Za-z0-9][A-Za-z0-9.+~%_:-]*\\.deb") || fileName.contains("..")) {
      throw new IllegalArgumentException("not a .deb file name: " + fileName);
    }
    this.fileName = fileName;
    this.content = content.clone();
    this.control = control.strip().replace("\r", "");
    this.fields = parse(this.control);
    for (String field : new String[] {"Package", "Version", "Architecture"}) {
      if (!fields.containsKey(field)) {
        throw new IllegalArgumentException(fileName + ": control stanza without " + field);
      }
    }
  }

  private static Map<String, String> parse(String control) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String line : control.split("\n")) {
      if (line.isBlank()) {
        throw new IllegalArgumentException("a control stanza has no blank line");
      }
      int colon = line.indexOf(':');
      if (!Character.isWhitespace(line.charAt(0)) && colon > 0) {
        fields.put(line.substring(0, colon), line.substring(colon + 1).strip());
      }
    }
    return fields;
  }

  public String fileName() {
    return fileName;
  }

  public byte[] content() {
    return content.clone();
  }

  /** The control stanza, without trailing newline. */
  public String control() {
    return control;
  }

  public String packageName() {
    return fields.get("Package");
  }

  public String version() {
    return fields.get("Version");
  }

  public String architecture() {
    return fields.get("Architecture");
  }

  public long size() {
    return content.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DebFile that && fileName.equals(that.fileName) && control.equals(that.control)
        && Arrays.equals(content, that.content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fileName, control) * 31 + Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return fileName + " (" + content.length + " bytes)";
  }
}
