package dev.produce.format.inventory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.produce.format.JsonDocuments;
import java.io.UncheckedIOException;

/** Writes {@link FleetIndex#FILE} in produce's JSON style: same fleet, same bytes. */
public final class FleetIndexJson {
  private static final ObjectWriter WRITER = JsonDocuments.writer();

  private FleetIndexJson() {}

  /** {@code index} as the text of {@code fleet.json}, with a final newline. */
  public static String write(FleetIndex index) {
    try {
      return WRITER.writeValueAsString(index) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write " + FleetIndex.FILE, e);
    }
  }
}
