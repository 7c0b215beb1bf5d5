/**
 * Rendering one bundle file: {@link dev.produce.generators.render.FileGenerator} (one per script
 * or metadata file), {@link dev.produce.generators.render.Templates} (the only user of Velocity, strict mode),
 * the provenance line and "why" comments every template may print, and the in-memory
 * {@link dev.produce.generators.render.Bundle} of {@link dev.produce.generators.render.BundleFile}s.
 * Depends on the model only; every generator package depends on it.
 */
package dev.produce.generators.render;
