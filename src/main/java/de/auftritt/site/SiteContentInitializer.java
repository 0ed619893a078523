package de.auftritt.site;

import java.util.Locale;

import de.auftritt.config.AuftrittProperties;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start, gives the site its home introduction and an About page, in the site's language, so that a
 * new site is a friendly site. Later starts leave the owner's pages alone.
 */
@Component
@Order(2)
class SiteContentInitializer implements ApplicationRunner {

    private final PageService pages;

    private final MessageSource messages;

    private final Locale locale;

    SiteContentInitializer(PageService pages, MessageSource messages, AuftrittProperties properties) {
        this.pages = pages;
        this.messages = messages;
        this.locale = properties.site().locale();
    }

    @Override
    public void run(ApplicationArguments args) {
        pages.createIfMissing(defaultPage(Page.HOME));
        pages.createIfMissing(defaultPage(Page.ABOUT));
    }

    private PageData defaultPage(String slug) {
        return new PageData(text("initial." + slug + ".title"), slug, text("initial." + slug + ".description"),
                text("initial." + slug + ".body"));
    }

    private String text(String key) {
        return messages.getMessage(key, null, locale);
    }
}
