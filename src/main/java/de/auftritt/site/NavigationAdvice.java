package de.auftritt.site;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The owner's pages in the site's navigation: About in the header when it exists, every other page in the
 * footer (an imprint, a privacy page). Error pages must render even when the database does not answer, so a
 * failure here leaves the navigation without pages instead of failing the page.
 */
@ControllerAdvice
class NavigationAdvice {

    private static final Logger log = LoggerFactory.getLogger(NavigationAdvice.class);

    private final PageRepository pages;

    NavigationAdvice(PageRepository pages) {
        this.pages = pages;
    }

    @ModelAttribute("navPages")
    List<PageLink> navPages() {
        try {
            return pages.findBySlugNotOrderByTitleAsc(Page.HOME);
        }
        catch (DataAccessException ex) {
            log.warn("Navigation without pages: {}", ex.getMessage());
            return List.of();
        }
    }
}
