package de.auftritt.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import de.auftritt.blog.SlugGenerator;
import de.auftritt.markdown.Summaries;
import de.auftritt.site.Page;

/** The page editor's fields as typed; the home page's slug is fixed and ignored. */
record PageForm(
        @NotBlank @Size(max = 200) String title,
        @Size(max = SlugGenerator.MAX_LENGTH) @Pattern(regexp = "|" + SlugGenerator.VALID_SLUG) String slug,
        @Size(max = 500) String description,
        @NotBlank @Size(max = 200_000) String body) {

    static PageForm empty() {
        return new PageForm("", "", "", "");
    }

    /** The form for an existing page; a description made from the text shows as empty, so it follows edits. */
    static PageForm of(Page page) {
        String description = page.getDescription().equals(Summaries.fromRenderedHtml(page.getBodyHtml())) ? ""
                : page.getDescription();
        return new PageForm(page.getTitle(), page.getSlug(), description, page.getBodyMarkdown());
    }
}
