package dev.produce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.model.Derivation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplainTableTest {
  @Test
  void format_alignsValuesAndDerivationsInColumns() {
    String table = ExplainTable.format(List.of(
        new Derivation("memory.total", "4096 MB", "--memory"),
        new Derivation("php_fpm.pm.max_children", "42", "min(by memory, by CPU)")));

    assertThat(table).isEqualTo(""
        + "key                      value    derivation\n"
        + "memory.total             4096 MB  --memory\n"
        + "php_fpm.pm.max_children  42       min(by memory, by CPU)\n");
  }

  @Test
  void format_overWideValue_continuesItsDerivationOnTheNextLineWithoutWideningTheColumn() {
    String wide = "text/plain text/css application/javascript application/json";
    String table = ExplainTable.format(List.of(
        new Derivation("a", "1", "one"),
        new Derivation("nginx.gzip_types", wide, "text assets")));

    assertThat(table).isEqualTo(""
        + "key               value  derivation\n"
        + "a                 1      one\n"
        + "nginx.gzip_types  " + wide + "\n"
        + "                         text assets\n");
  }
}
