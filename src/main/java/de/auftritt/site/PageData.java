package de.auftritt.site;

/** A page as the owner wrote it, checked and ready to save; an empty description is made from the text. */
public record PageData(String title, String slug, String description, String bodyMarkdown) {
}
