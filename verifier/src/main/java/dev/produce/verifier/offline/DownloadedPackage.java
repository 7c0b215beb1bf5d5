package dev.produce.verifier.offline;

/**
 * One {@code .deb} apt downloaded: file name as apt saved it, bytes, and the control stanza
 * {@code dpkg-deb -f} printed for it.
 *
 * @param fileName e.g. {@code nginx_1.22.1-9+deb12u11_amd64.deb}
 * @param content the file's bytes (not copied: treat as read-only)
 * @param control the control stanza, without trailing blank line
 */
public record DownloadedPackage(String fileName, byte[] content, String control) {}
