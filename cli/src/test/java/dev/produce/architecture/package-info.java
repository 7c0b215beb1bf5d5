/**
 * Tests over the class files of every module (the cli module's test class path holds them all): the
 * module and package edges that {@code docs/STYLE_GUIDE.md} states, and no package cycle.
 */
package dev.produce.architecture;
