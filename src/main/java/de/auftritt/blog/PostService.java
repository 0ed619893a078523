package de.auftritt.blog;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import de.auftritt.config.SingleWriter;
import de.auftritt.markdown.MarkdownRenderer;
import de.auftritt.markdown.Summaries;

import org.springframework.stereotype.Service;

/**
 * Saves posts: renders the Markdown once, checks the slug is free and writes, all inside one serialized write
 * transaction (see {@link SingleWriter}), so two saves of the same slug cannot both pass the check.
 */
@Service
public class PostService {

    private final PostRepository posts;

    private final MarkdownRenderer markdown;

    private final SingleWriter writer;

    private final Clock clock;

    PostService(PostRepository posts, MarkdownRenderer markdown, SingleWriter writer, Clock clock) {
        this.posts = posts;
        this.markdown = markdown;
        this.writer = writer;
        this.clock = clock;
    }

    public Post create(PostData data) {
        String html = markdown.render(data.bodyMarkdown());
        int minutes = ReadingTime.minutes(Summaries.plainText(html));
        return writer.write(() -> {
            if (posts.existsBySlug(data.slug())) {
                throw new SlugTakenException(data.slug());
            }
            Instant now = clock.instant();
            Post post = new Post(now);
            post.apply(data, html, minutes, now);
            return posts.save(post);
        });
    }

    /** Updates a post; empty when it was deleted meanwhile. */
    public Optional<Post> update(long id, PostData data) {
        String html = markdown.render(data.bodyMarkdown());
        int minutes = ReadingTime.minutes(Summaries.plainText(html));
        return writer.write(() -> {
            Optional<Post> existing = posts.findById(id);
            if (existing.isEmpty()) {
                return Optional.<Post>empty();
            }
            if (posts.existsBySlugAndIdNot(data.slug(), id)) {
                throw new SlugTakenException(data.slug());
            }
            Post post = existing.get();
            post.apply(data, html, minutes, clock.instant());
            return Optional.of(posts.save(post));
        });
    }

    public void delete(long id) {
        writer.run(() -> posts.deleteById(id));
    }

    public String preview(String bodyMarkdown) {
        return markdown.render(bodyMarkdown);
    }
}
