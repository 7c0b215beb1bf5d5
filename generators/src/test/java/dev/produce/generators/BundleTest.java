package dev.produce.generators;

import dev.produce.generators.render.Bundle;
import dev.produce.generators.render.BundleFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BundleTest {
  private static BundleFile file(String path) {
    return new BundleFile(path, path + "\n", false);
  }

  @Test
  void files_areSortedByPath() {
    Bundle bundle = new Bundle(List.of(file("b"), file("a/z"), file(".v"), file("a/b")));

    assertThat(bundle.paths()).containsExactly(".v", "a/b", "a/z", "b");
  }

  @Test
  void file_findsByPathOrIsEmpty() {
    Bundle bundle = new Bundle(List.of(file("x/y"), file("z")));

    assertThat(bundle.file("x/y")).map(BundleFile::content).contains("x/y\n");
    assertThat(bundle.file("x")).isEmpty();
  }

  @Test
  void constructor_rejectsTheSamePathTwice() {
    assertThatThrownBy(() -> new Bundle(List.of(file("a"), file("a"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two bundle files at a");
  }

  @Test
  void constructor_rejectsAPathThatIsAlsoADirectory() {
    assertThatThrownBy(() -> new Bundle(List.of(file("a"), file("a/b"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is a file and a directory");
  }
}
