package dev.produce.generators.meta;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.produce.generators.render.BundleFile;
import dev.produce.generators.render.FileGenerator;
import dev.produce.generators.render.Provenance;
import dev.produce.model.PhpVersion;
import dev.produce.model.ServerProfile;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code profile.json}: the inputs and every computed value, as data (Jackson, not a template).
 * JSON has no comments, so the provenance is three fields: {@code "generator": "produce"} (which
 * also marks the directory as a produce bundle for {@link dev.produce.generators.write.BundleWriter}),
 * {@code "version"} and {@code "command"}. Keys are sorted, indentation is two spaces, lines end in
 * LF, and the file ends with a newline. An absent part (e.g. {@code redis} with memcache) is {@code null}.
 */
public final class ProfileJsonGenerator implements FileGenerator {
  /** The bundle path. */
  public static final String PATH = "profile.json";
  /** The value of {@code "generator"} that marks a produce bundle. */
  public static final String GENERATOR = "produce";

  private static final ObjectWriter WRITER = writer();

  @Override
  public Optional<BundleFile> generate(ServerProfile profile) {
    Provenance provenance = Provenance.of(profile);
    Map<String, Object> document = new TreeMap<>();
    document.put("generator", GENERATOR);
    document.put("version", provenance.version());
    document.put("command", provenance.command());
    document.put("inputs", profile.inputs());
    document.put("budget", profile.budget());
    document.put("php", profile.php());
    document.put("phpFpm", profile.phpFpm());
    document.put("phpIni", profile.phpIni());
    document.put("nginx", profile.nginx());
    document.put("redis", profile.redis());
    document.put("memcached", profile.memcached());
    document.put("drupal", profile.drupal());
    document.put("files", profile.files());
    document.put("requiredPackages", profile.requiredPackages());
    document.put("derivations", profile.derivations());
    try {
      return Optional.of(new BundleFile(PATH, WRITER.writeValueAsString(document) + "\n", false));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write " + PATH, e);
    }
  }

  private static ObjectWriter writer() {
    SimpleModule values = new SimpleModule("produce-values")
        .addSerializer(PhpVersion.class, ToStringSerializer.instance);
    JsonMapper mapper = JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(values)
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .build();
    DefaultIndenter lf = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(lf)
        .withArrayIndenter(lf)
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""));
    return mapper.writer(printer);
  }
}
