package de.auftritt.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The visitor-facing queries against a real SQLite file made by the real Flyway migrations. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class PostRepositoryTest {

    static final Path DATA_DIR = tempDir();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("auftritt.data-dir", DATA_DIR::toString);
    }

    @Autowired
    PostRepository posts;

    final Instant now = Instant.parse("2026-12-03T12:00:00Z");

    @BeforeEach
    void clean() {
        posts.deleteAll();
    }

    @Test
    void visitorsSeeOnlyPublishedPostsWhoseTimeHasCome() {
        save("published", PostStatus.PUBLISHED, now.minus(Duration.ofDays(1)), "reise");
        save("draft", PostStatus.DRAFT, now.minus(Duration.ofDays(1)), "reise");
        save("scheduled", PostStatus.PUBLISHED, now.plus(Duration.ofMinutes(1)), "reise");
        save("due-now", PostStatus.PUBLISHED, now, "reise");

        assertThat(posts.findVisible(now, PageRequest.of(0, 10))).extracting(Post::getSlug)
            .containsExactly("due-now", "published");
        assertThat(posts.findVisibleBySlug("draft", now)).isEmpty();
        assertThat(posts.findVisibleBySlug("scheduled", now)).isEmpty();
        assertThat(posts.findVisibleBySlug("scheduled", now.plus(Duration.ofMinutes(1)))).isPresent();
        assertThat(posts.findVisibleByTag("reise", now, PageRequest.of(0, 10))).extracting(Post::getSlug)
            .containsExactly("due-now", "published");
        assertThat(posts.findAllVisible(now)).hasSize(2);
    }

    @Test
    void olderAndNewerFollowThePublishTimeAndSkipInvisiblePosts() {
        Post first = save("first", PostStatus.PUBLISHED, now.minus(Duration.ofDays(3)));
        save("draft-between", PostStatus.DRAFT, now.minus(Duration.ofDays(2)));
        Post second = save("second", PostStatus.PUBLISHED, now.minus(Duration.ofDays(1)));
        save("future", PostStatus.PUBLISHED, now.plus(Duration.ofDays(1)));

        assertThat(posts.findOlder(second.getPublishAt(), second.getId(), now)).map(Post::getSlug).hasValue("first");
        assertThat(posts.findNewer(first.getPublishAt(), first.getId(), now)).map(Post::getSlug).hasValue("second");
        assertThat(posts.findNewer(second.getPublishAt(), second.getId(), now)).isEmpty();
        assertThat(posts.findOlder(first.getPublishAt(), first.getId(), now)).isEmpty();
    }

    @Test
    void adminSearchFiltersByTitleAndStatus() {
        save("koeln-live", PostStatus.PUBLISHED, now.minus(Duration.ofDays(1)));
        save("koeln-draft", PostStatus.DRAFT, now);
        save("koeln-later", PostStatus.PUBLISHED, now.plus(Duration.ofDays(1)));
        save("bonn", PostStatus.PUBLISHED, now.minus(Duration.ofDays(1)));

        assertThat(posts.search("%koeln%", "ALL", now, PageRequest.of(0, 10))).hasSize(3);
        assertThat(posts.search("%koeln%", "PUBLISHED", now, PageRequest.of(0, 10))).extracting(Post::getSlug)
            .containsExactly("koeln-live");
        assertThat(posts.search("%koeln%", "SCHEDULED", now, PageRequest.of(0, 10))).extracting(Post::getSlug)
            .containsExactly("koeln-later");
        assertThat(posts.search("%", "DRAFT", now, PageRequest.of(0, 10))).extracting(Post::getSlug)
            .containsExactly("koeln-draft");
        assertThat(posts.countByStatusAndPublishAtLessThanEqual(PostStatus.PUBLISHED, now)).isEqualTo(2);
        assertThat(posts.countByStatusAndPublishAtAfter(PostStatus.PUBLISHED, now)).isEqualTo(1);
        assertThat(posts.countByStatus(PostStatus.DRAFT)).isEqualTo(1);
    }

    @Test
    void instantsRoundTripToTheMillisecond() {
        Instant precise = Instant.parse("2026-12-03T10:15:30.123Z");
        Post saved = save("precise", PostStatus.PUBLISHED, precise);
        posts.flush();
        assertThat(posts.findById(saved.getId()).orElseThrow().getPublishAt())
            .isEqualTo(precise.truncatedTo(ChronoUnit.MILLIS));
    }

    private Post save(String slug, PostStatus status, Instant publishAt, String... tags) {
        Post post = new Post(now);
        post.apply(new PostData("Titel " + slug, slug, "Zusammenfassung", "Text", Set.of(tags), status, publishAt),
                "<p>Text</p>", 1, now);
        return posts.saveAndFlush(post);
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("auftritt-repo-");
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }
}
