package de.auftritt.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import de.auftritt.blog.Post;
import de.auftritt.blog.PostData;
import de.auftritt.blog.PostRepository;
import de.auftritt.blog.PostService;
import de.auftritt.blog.PostStatus;
import de.auftritt.contact.ContactForm;
import de.auftritt.contact.ContactMessageRepository;
import de.auftritt.contact.ContactService;
import de.auftritt.support.FullStackTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 20 writers at once on the real SQLite file, each doing what the application does: read, then write in the
 * same transaction (check a slug is free, then insert; load a post, then update it), while visitors' messages
 * arrive. In WAL mode this fails with SQLITE_BUSY_SNAPSHOT unless writes are serialized; here it must not fail
 * once, and nothing may be lost.
 */
class ConcurrentWritesTest extends FullStackTest {

    static final int WRITERS = 20;

    static final int OPERATIONS = 25;

    @Autowired
    PostService posts;

    @Autowired
    PostRepository postRepository;

    @Autowired
    ContactService contact;

    @Autowired
    ContactMessageRepository messages;

    @Test
    void twentyConcurrentReadThenWriteWritersHaveNoFailures() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long messagesBefore = messages.count();
        Queue<Throwable> failures = allAtOnce(OPERATIONS, (w, op) -> {
            String slug = "concurrent-" + run + "-" + w + "-" + op;
            Post post = posts.create(data(slug, "Version 1"));
            posts.update(post.getId(), data(slug, "Version 2"));
            contact.receive(new ContactForm("Writer " + w, "w" + w + "@example.org", "Op " + op, "Nachricht " + run));
            // Readers run alongside the writers.
            postRepository.findVisibleBySlug(slug, Instant.now());
        });

        assertThat(failures).as("failed writes").isEmpty();
        List<Post> written = postRepository.findAll().stream()
            .filter(post -> post.getSlug().startsWith("concurrent-" + run))
            .toList();
        assertThat(written).hasSize(WRITERS * OPERATIONS)
            .allSatisfy(post -> assertThat(post.getBodyMarkdown()).isEqualTo("Version 2"));
        assertThat(messages.count() - messagesBefore).isEqualTo(WRITERS * OPERATIONS);
    }

    @Test
    void theSameSlugFromManyWritersAtOnceIsSavedExactlyOnce() throws Exception {
        String slug = "race-" + UUID.randomUUID().toString().substring(0, 8);
        Queue<Throwable> outcomes = allAtOnce(1, (w, op) -> posts.create(data(slug, "Wer zuerst kommt")));

        assertThat(postRepository.findBySlug(slug)).isPresent();
        assertThat(outcomes).hasSize(WRITERS - 1)
            .allSatisfy(ex -> assertThat(ex).isInstanceOf(de.auftritt.blog.SlugTakenException.class));
    }

    private static PostData data(String slug, String body) {
        return new PostData("Titel " + slug, slug, "Zusammenfassung", body, Set.of("last"), PostStatus.PUBLISHED,
                null);
    }

    interface Operation {

        void run(int writer, int operation);
    }

    /** {@value #WRITERS} threads released together, each running {@code operations} operations; what they threw. */
    private static Queue<Throwable> allAtOnce(int operations, Operation operation) throws Exception {
        Queue<Throwable> thrown = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> futures = new ArrayList<>();
        for (int writer = 0; writer < WRITERS; writer++) {
            int w = writer;
            futures.add(pool.submit(() -> {
                start.await();
                for (int op = 0; op < operations; op++) {
                    try {
                        operation.run(w, op);
                    }
                    catch (Throwable ex) {
                        thrown.add(ex);
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : futures) {
            future.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        return thrown;
    }
}
