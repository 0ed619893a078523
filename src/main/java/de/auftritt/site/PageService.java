package de.auftritt.site;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import de.auftritt.blog.SlugTakenException;
import de.auftritt.config.SingleWriter;
import de.auftritt.markdown.MarkdownRenderer;

import org.springframework.stereotype.Service;

@Service
public class PageService {

    /**
     * First path segments that belong to the application, so no page may take them. Kept in one place with the
     * controllers that own them in mind; {@code PageSlugReservationTest} checks it against the real mappings.
     */
    public static final Set<String> RESERVED_SLUGS = Set.of(Page.HOME, "admin", "blog", "tags", "contact", "login",
            "logout", "feed.xml", "sitemap.xml", "robots.txt", "actuator", "error", "css", "img", "fonts", "js",
            "favicon.svg", "favicon.ico", ".well-known");

    private final PageRepository pages;

    private final MarkdownRenderer markdown;

    private final SingleWriter writer;

    private final Clock clock;

    PageService(PageRepository pages, MarkdownRenderer markdown, SingleWriter writer, Clock clock) {
        this.pages = pages;
        this.markdown = markdown;
        this.writer = writer;
        this.clock = clock;
    }

    public Page create(PageData data) {
        String html = markdown.render(data.bodyMarkdown());
        return writer.write(() -> {
            if (pages.existsBySlug(data.slug())) {
                throw new SlugTakenException(data.slug());
            }
            Page page = new Page(data.slug());
            page.apply(data, html, clock.instant());
            return pages.save(page);
        });
    }

    /** Creates a page with this slug unless one exists: for the site's first start. */
    public void createIfMissing(PageData data) {
        String html = markdown.render(data.bodyMarkdown());
        writer.run(() -> {
            if (!pages.existsBySlug(data.slug())) {
                Page page = new Page(data.slug());
                page.apply(data, html, clock.instant());
                pages.save(page);
            }
        });
    }

    public Optional<Page> update(long id, PageData data) {
        String html = markdown.render(data.bodyMarkdown());
        return writer.write(() -> {
            Optional<Page> existing = pages.findById(id);
            if (existing.isEmpty()) {
                return Optional.<Page>empty();
            }
            Page page = existing.get();
            if (!page.isHome() && pages.existsBySlugAndIdNot(data.slug(), id)) {
                throw new SlugTakenException(data.slug());
            }
            page.apply(data, html, clock.instant());
            return Optional.of(pages.save(page));
        });
    }

    /** Deletes a page; the home introduction cannot be deleted, only edited. */
    public void delete(long id) {
        writer.run(() -> pages.findById(id).filter(page -> !page.isHome()).ifPresent(pages::delete));
    }

    public String preview(String bodyMarkdown) {
        return markdown.render(bodyMarkdown);
    }
}
