package dev.produce.format.verification;

/**
 * A node of a parsed YAML document that remembers where it is: its YAML path and the line and
 * column its token starts at. Built by {@link YamlTreeReader}; the binder reads it.
 */
sealed interface YamlNode permits YamlMapping, YamlSequence, YamlScalar {

  /** YAML path, e.g. {@code produce[0].machine}; empty for the document root. */
  String path();

  /** 1-based line of the node's first token. */
  int line();

  /** 1-based column of the node's first token. */
  int column();

  /** What the node is, for messages: {@code a mapping}, {@code a list}, {@code the number 5}. */
  String describe();
}
