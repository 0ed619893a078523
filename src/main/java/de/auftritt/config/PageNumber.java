package de.auftritt.config;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The {@code ?page=} of a public list: pages count from 1. Anything that is not a page number, like a page
 * past the last one, is a page that does not exist: 404, not 400 or 500.
 */
public final class PageNumber {

    private PageNumber() {
    }

    /** The zero-based index of {@code ?page=N}. */
    public static int index(String page) {
        if (page == null) {
            return 0;
        }
        if (!page.matches("[1-9]\\d{0,5}")) {
            throw notFound();
        }
        return Integer.parseInt(page) - 1;
    }

    public static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** Throws 404 when a page other than the first is past the end of the list. */
    public static void requireExists(org.springframework.data.domain.Page<?> page) {
        if (page.getNumber() > 0 && page.getNumber() >= page.getTotalPages()) {
            throw notFound();
        }
    }
}
