package dev.produce.generators.apply;

import dev.produce.model.CacheBackend;

/** {@code --cache redis} at every memory size of the matrix, on one container. */
class RedisMatrixIT extends MemoryMatrix {
  @Override
  CacheBackend backend() {
    return CacheBackend.REDIS;
  }
}
