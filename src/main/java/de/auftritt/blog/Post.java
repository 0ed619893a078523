package de.auftritt.blog;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import de.auftritt.markdown.Summaries;

import org.hibernate.annotations.BatchSize;

@Entity
@Table(name = "post")
public class Post {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String title;

    private String summary;

    @Column(name = "body_markdown")
    private String bodyMarkdown;

    /** Rendered from {@link #bodyMarkdown} and sanitized when saved: the only HTML a template writes unescaped. */
    @Column(name = "body_html")
    private String bodyHtml;

    @Enumerated(EnumType.STRING)
    private PostStatus status;

    @Column(name = "publish_at")
    private Instant publishAt;

    @Column(name = "reading_minutes")
    private int readingMinutes;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "post_tag", joinColumns = @JoinColumn(name = "post_id"))
    @Column(name = "tag")
    @OrderBy
    @BatchSize(size = 50)
    private Set<String> tags = new TreeSet<>();

    protected Post() {
    }

    Post(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public PostStatus getStatus() {
        return status;
    }

    public Instant getPublishAt() {
        return publishAt;
    }

    public int getReadingMinutes() {
        return readingMinutes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Set<String> getTags() {
        return tags;
    }

    /** Published and due: what visitors may see at {@code now}. */
    public boolean isVisibleAt(Instant now) {
        return status == PostStatus.PUBLISHED && !publishAt.isAfter(now);
    }

    public boolean isScheduledAt(Instant now) {
        return status == PostStatus.PUBLISHED && publishAt.isAfter(now);
    }

    void apply(PostData data, String html, int readingMinutes, Instant now) {
        this.slug = data.slug();
        this.title = data.title();
        this.summary = data.summary() == null || data.summary().isBlank() ? Summaries.fromRenderedHtml(html)
                : data.summary().strip();
        this.bodyMarkdown = data.bodyMarkdown();
        this.bodyHtml = html;
        this.status = data.status();
        this.publishAt = data.publishAt() == null ? now : data.publishAt();
        this.readingMinutes = readingMinutes;
        this.updatedAt = now;
        this.tags.clear();
        this.tags.addAll(data.tags());
    }
}
