/**
 * The model: command-line inputs, their validation, and the sizing arithmetic that turns them into
 * one immutable {@link dev.produce.model.ServerProfile}.
 *
 * <p>Records and pure functions only. Nothing here does I/O, and the module has no third-party
 * dependencies (the Maven enforcer bans them): the model knows nothing of templates, YAML, JSON or
 * containers. Every number a bundle contains is computed once, in {@link dev.produce.model.Profiles},
 * and recorded with its derivation ({@link dev.produce.model.Derivation}) so that {@code --explain},
 * {@code profile.json} and the bundle README can say why it was chosen.
 */
package dev.produce.model;
