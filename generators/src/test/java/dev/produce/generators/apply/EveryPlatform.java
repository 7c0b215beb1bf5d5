package dev.produce.generators.apply;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a container test class that takes its distro, image and paths from {@link ItPlatform}, so
 * it runs on every platform; {@link SuiteClock} skips the other classes off {@link ItPlatform#DEFAULT}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface EveryPlatform {}
