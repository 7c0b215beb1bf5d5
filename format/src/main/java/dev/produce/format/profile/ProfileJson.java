package dev.produce.format.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.produce.format.BundleLayout;
import dev.produce.format.FormatVersion;
import dev.produce.format.JsonDocuments;
import dev.produce.format.UnsupportedFormatException;
import dev.produce.model.Distro;
import dev.produce.model.PhpVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes and reads {@code profile.json}. Written: keys sorted, two-space indentation, LF line ends,
 * a final newline. Read: through {@link ProfileSummary}; a document of a newer major format version is
 * refused, and one without {@code formatVersion} (written before versions existed) is read as
 * {@link FormatVersion#UNVERSIONED 1.0}.
 */
public final class ProfileJson {
  /** The format this produce writes and reads. */
  public static final FormatVersion FORMAT_VERSION = new FormatVersion(1, 0);
  /** The value of {@code "generator"} that marks a produce bundle. */
  public static final String GENERATOR = "produce";

  private static final ObjectWriter WRITER = writer();
  private static final JsonMapper READER = JsonMapper.builder().addModule(new Jdk8Module()).build();

  private ProfileJson() {}

  /** {@code document} as the text of {@code profile.json}. */
  public static String write(ProfileDocument document) {
    try {
      return WRITER.writeValueAsString(document) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write " + BundleLayout.PROFILE_JSON, e);
    }
  }

  /**
   * Reads {@code file}.
   *
   * @throws IOException when it cannot be read or is not such a document
   * @throws UnsupportedFormatException when its format version is not one this produce reads
   */
  public static ProfileSummary read(Path file) throws IOException {
    return checked(file.toString(), READER.readValue(file.toFile(), ProfileSummary.class));
  }

  /**
   * Reads {@code text}, a document named {@code source} in messages (e.g. the profile.json a compile is
   * about to write).
   *
   * @throws IOException when it is not such a document
   * @throws UnsupportedFormatException when its format version is not one this produce reads
   */
  public static ProfileSummary read(String source, String text) throws IOException {
    return checked(source, READER.readValue(text, ProfileSummary.class));
  }

  private static ProfileSummary checked(String source, ProfileSummary summary) {
    Optional<String> problem = FORMAT_VERSION.problemReading(source, summary.formatVersion());
    if (problem.isPresent()) {
      throw new UnsupportedFormatException(problem.get());
    }
    return summary;
  }

  private static ObjectWriter writer() {
    return JsonDocuments.writer(new SimpleModule("produce-values")
        .addSerializer(PhpVersion.class, ToStringSerializer.instance)
        .addSerializer(Distro.class, ToStringSerializer.instance));
  }
}
