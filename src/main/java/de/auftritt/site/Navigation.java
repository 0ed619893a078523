package de.auftritt.site;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The owner's pages in the site's navigation: About in the header when it exists, every other page in the
 * footer (an imprint, a privacy page). The layout asks for them ({@code ${@navigation.pages()}}) only when it
 * renders, so redirects, the feed and the sitemap cost no query. Error pages must render even when the database
 * does not answer, so a failure here leaves the navigation without pages instead of failing the page.
 */
@Component("navigation")
public class Navigation {

    private static final Logger log = LoggerFactory.getLogger(Navigation.class);

    private final PageRepository pages;

    Navigation(PageRepository pages) {
        this.pages = pages;
    }

    public List<PageLink> pages() {
        try {
            return pages.findBySlugNotOrderByTitleAsc(Page.HOME);
        }
        catch (DataAccessException ex) {
            log.warn("Navigation without pages: {}", ex.getMessage());
            return List.of();
        }
    }
}
