package de.auftritt.admin;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import de.auftritt.blog.Post;
import de.auftritt.blog.SlugGenerator;
import de.auftritt.markdown.Summaries;

/**
 * The post editor's fields as typed. {@code publishAt} is the value of a datetime-local input in the site's time
 * zone (empty: now); {@code tags} is comma-separated.
 */
record PostForm(
        @NotBlank @Size(max = 200) String title,
        @Size(max = SlugGenerator.MAX_LENGTH) @Pattern(regexp = "|" + SlugGenerator.VALID_SLUG) String slug,
        @Size(max = 500) String summary,
        @NotBlank @Size(max = 200_000) String body,
        @Size(max = 500) String tags,
        @NotNull @Pattern(regexp = "DRAFT|PUBLISHED") String status,
        @Pattern(regexp = "|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?") String publishAt) {

    static final int MAX_TAG_LENGTH = 50;

    static final int MAX_TAGS = 10;

    /** A tag is a path segment of {@code /tags/{tag}}: no slashes, no dot segments, nothing invisible. */
    static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._+#-]*");

    static boolean isValidTag(String tag) {
        return tag.length() <= MAX_TAG_LENGTH && TAG.matcher(tag).matches();
    }

    static PostForm empty() {
        return new PostForm("", "", "", "", "", "DRAFT", "");
    }

    /** The form for an existing post; a summary that was made from the text shows as empty, so it follows edits. */
    static PostForm of(Post post, String publishAt) {
        String summary = post.getSummary().equals(Summaries.fromRenderedHtml(post.getBodyHtml())) ? ""
                : post.getSummary();
        return new PostForm(post.getTitle(), post.getSlug(), summary, post.getBodyMarkdown(),
                String.join(", ", post.getTags()), post.getStatus().name(), publishAt);
    }

    /** The tags, trimmed, without duplicates (ignoring case, the first spelling wins), sorted. */
    Set<String> tagSet() {
        Map<String, String> unique = new LinkedHashMap<>();
        Arrays.stream(tags == null ? new String[0] : tags.split(","))
            .map(String::strip)
            .filter(tag -> !tag.isEmpty())
            .forEach(tag -> unique.putIfAbsent(tag.toLowerCase(java.util.Locale.ROOT), tag));
        return new TreeSet<>(unique.values());
    }
}
