package dev.produce.generators.apply;

import dev.produce.model.CacheBackend;

/** {@code --cache memcache} at every memory size of the matrix, on one container. */
class MemcacheMatrixIT extends MemoryMatrix {
  @Override
  CacheBackend backend() {
    return CacheBackend.MEMCACHE;
  }
}
