package dev.produce.generators.apply;

import dev.produce.model.CacheBackend;

/** {@code --cache none} at every memory size of the matrix, on one container. */
class NoCacheMatrixIT extends MemoryMatrix {
  @Override
  CacheBackend backend() {
    return CacheBackend.NONE;
  }
}
