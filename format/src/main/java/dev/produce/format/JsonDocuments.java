package dev.produce.format;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/**
 * How produce writes its JSON documents ({@code profile.json}, a fleet's {@code fleet.json}): keys
 * sorted, two-space indentation, LF line ends; the same value, the same bytes.
 */
public final class JsonDocuments {
  private JsonDocuments() {}

  /** A writer in produce's JSON style, with {@code modules} (serializers of produce's values) added. */
  public static ObjectWriter writer(Module... modules) {
    JsonMapper.Builder mapper = JsonMapper.builder()
        .addModule(new Jdk8Module())
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    for (Module module : modules) {
      mapper.addModule(module);
    }
    DefaultIndenter lf = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(lf)
        .withArrayIndenter(lf)
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""));
    return mapper.build().writer(printer);
  }
}
