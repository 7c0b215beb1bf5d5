package dev.produce.format.verification;

/**
 * A key of a mapping with its position and value.
 *
 * @param key    the key as written
 * @param line   1-based line of the key
 * @param column 1-based column of the key
 * @param value  the value
 */
record YamlEntry(String key, int line, int column, YamlNode value) {}
