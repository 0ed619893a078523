package de.auftritt.config;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Everything the operator configures, bound from {@code auftritt.*} (which application.properties fills from the
 * environment variables documented in the README).
 */
@ConfigurationProperties("auftritt")
public record AuftrittProperties(Path dataDir, Site site, Admin admin) {

    public record Site(String name, String url, ZoneId timeZone, Locale locale) {

        /** The public base URL without a trailing slash, e.g. {@code https://example.org}. */
        public String baseUrl() {
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }
    }

    /** The owner's account: applied on the first start, or when {@code resetPassword} is true. */
    public record Admin(String username, String password, boolean resetPassword) {
    }
}
