package de.auftritt.site;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import de.auftritt.markdown.Summaries;

/** A page of the site at {@code /{slug}}; the page {@value #HOME} is the introduction on the home page. */
@Entity
@Table(name = "page")
public class Page {

    public static final String HOME = "home";

    public static final String ABOUT = "about";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String title;

    private String description;

    @Column(name = "body_markdown")
    private String bodyMarkdown;

    /** Rendered and sanitized when saved: the only HTML a template writes unescaped. */
    @Column(name = "body_html")
    private String bodyHtml;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Page() {
    }

    Page(String slug) {
        this.slug = slug;
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

    public String getDescription() {
        return description;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public boolean isHome() {
        return HOME.equals(slug);
    }

    void apply(PageData data, String html, Instant now) {
        if (!isHome()) {
            this.slug = data.slug();
        }
        this.title = data.title();
        this.description = data.description() == null || data.description().isBlank()
                ? Summaries.fromRenderedHtml(html) : data.description().strip();
        this.bodyMarkdown = data.bodyMarkdown();
        this.bodyHtml = html;
        this.updatedAt = now;
    }
}
