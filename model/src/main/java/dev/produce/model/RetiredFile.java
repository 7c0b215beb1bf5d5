package dev.produce.model;

/**
 * A file only produce creates that an earlier bundle may have installed and this one does not:
 * apply removes it (backed up first) so that no daemon reads it any more, e.g. the microcache
 * snippet after a bundle without {@code --microcache}.
 *
 * @param targetPath absolute path on the target
 * @param daemon the service that would read it (reloaded after the removal)
 */
public record RetiredFile(String targetPath, Daemon daemon) {}
