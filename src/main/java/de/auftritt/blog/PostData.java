package de.auftritt.blog;

import java.time.Instant;
import java.util.Set;

/**
 * What the owner wrote, checked and ready to save. The slug is final (generated from the title where the owner
 * left it empty); an empty summary is made from the text; {@code publishAt} null means "now".
 */
public record PostData(String title, String slug, String summary, String bodyMarkdown, Set<String> tags,
        PostStatus status, Instant publishAt) {
}
