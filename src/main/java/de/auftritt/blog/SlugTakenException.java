package de.auftritt.blog;

/** Another post or page already has this slug; the form shows it next to the slug field. */
public class SlugTakenException extends RuntimeException {

    private final String slug;

    public SlugTakenException(String slug) {
        super("Slug already in use: " + slug);
        this.slug = slug;
    }

    public String getSlug() {
        return slug;
    }
}
