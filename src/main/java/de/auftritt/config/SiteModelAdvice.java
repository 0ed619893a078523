package de.auftritt.config;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page: the site's settings, the current path (for the language switch) and the
 * canonical URL (Thymeleaf 3.1 no longer exposes the request to templates).
 */
@ControllerAdvice
class SiteModelAdvice {

    private final AuftrittProperties properties;

    SiteModelAdvice(AuftrittProperties properties) {
        this.properties = properties;
    }

    @ModelAttribute("site")
    AuftrittProperties.Site site() {
        return properties.site();
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return path(request);
    }

    @ModelAttribute("canonicalUrl")
    String canonicalUrl(HttpServletRequest request) {
        String page = request.getParameter("page");
        String query = page != null && page.matches("[2-9]|[1-9]\\d{1,5}") ? "?page=" + page : "";
        return properties.site().baseUrl() + path(request) + query;
    }

    /** The path the visitor asked for, also while an error page for it is rendered. */
    private static String path(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return original instanceof String uri ? uri : request.getRequestURI();
    }
}
