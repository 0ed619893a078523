package de.auftritt.blog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PostRepository extends JpaRepository<Post, Long> {

    String VISIBLE = "p.status = de.auftritt.blog.PostStatus.PUBLISHED and p.publishAt <= :now";

    @Query("select p from Post p where " + VISIBLE + " order by p.publishAt desc, p.id desc")
    Page<Post> findVisible(@Param("now") Instant now, Pageable pageable);

    @Query("select p from Post p where p.slug = :slug and " + VISIBLE)
    Optional<Post> findVisibleBySlug(@Param("slug") String slug, @Param("now") Instant now);

    @Query("select p from Post p join p.tags t where t = :tag and " + VISIBLE + " order by p.publishAt desc, p.id desc")
    Page<Post> findVisibleByTag(@Param("tag") String tag, @Param("now") Instant now, Pageable pageable);

    /** The next older visible post: "previous" in reading order. */
    @Query("select p from Post p where " + VISIBLE + " and (p.publishAt < :publishAt or (p.publishAt = :publishAt and p.id < :id))"
            + " order by p.publishAt desc, p.id desc limit 1")
    Optional<Post> findOlder(@Param("publishAt") Instant publishAt, @Param("id") Long id, @Param("now") Instant now);

    @Query("select p from Post p where " + VISIBLE + " and (p.publishAt > :publishAt or (p.publishAt = :publishAt and p.id > :id))"
            + " order by p.publishAt asc, p.id asc limit 1")
    Optional<Post> findNewer(@Param("publishAt") Instant publishAt, @Param("id") Long id, @Param("now") Instant now);

    @Query("select p from Post p where " + VISIBLE + " order by p.publishAt desc, p.id desc")
    List<Post> findAllVisible(@Param("now") Instant now);

    /**
     * The admin list: title search and a status filter, where {@code filter} is one of ALL, DRAFT, PUBLISHED
     * (visible now) and SCHEDULED (published with a future time).
     */
    @Query("""
            select p from Post p
            where lower(p.title) like :pattern escape '\\'
              and (:filter = 'ALL'
                or (:filter = 'DRAFT' and p.status = de.auftritt.blog.PostStatus.DRAFT)
                or (:filter = 'PUBLISHED' and p.status = de.auftritt.blog.PostStatus.PUBLISHED and p.publishAt <= :now)
                or (:filter = 'SCHEDULED' and p.status = de.auftritt.blog.PostStatus.PUBLISHED and p.publishAt > :now))
            order by p.updatedAt desc, p.id desc
            """)
    Page<Post> search(@Param("pattern") String pattern, @Param("filter") String filter, @Param("now") Instant now,
            Pageable pageable);

    long countByStatus(PostStatus status);

    long countByStatusAndPublishAtLessThanEqual(PostStatus status, Instant now);

    long countByStatusAndPublishAtAfter(PostStatus status, Instant now);

    boolean existsBySlug(String slug);

    boolean existsBySlugAndIdNot(String slug, Long id);

    Optional<Post> findBySlug(String slug);
}
