package org.orbat.actors;

/**
 * A public source the registry was compiled from.
 *
 * @param id short id actors cite ({@code wikipedia}, {@code state-fto})
 * @param title the source's title
 * @param url where to read it
 */
public record RegistrySource(String id, String title, String url) {
}
