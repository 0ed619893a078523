package de.auftritt.site;

/** A page as the navigation shows it. */
public record PageLink(String slug, String title) {
}
