package de.auftritt.config;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates as people read them, in the site's time zone and the visitor's language. Templates reach it as
 * {@code ${@dates.date(post.publishAt)}}.
 */
@Component("dates")
public class DateFormats {

    private static final DateTimeFormatter FORM_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final ZoneId zone;

    DateFormats(AuftrittProperties properties) {
        this.zone = properties.site().timeZone();
    }

    public ZoneId zone() {
        return zone;
    }

    /** "3. Dezember 2026" or "December 3, 2026". */
    public String date(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(LocaleContextHolder.getLocale())
            .format(instant.atZone(zone));
    }

    /** Date and time, short, for lists in the admin area. */
    public String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(LocaleContextHolder.getLocale())
            .format(instant.atZone(zone));
    }

    /** Machine-readable, with offset, for {@code <time datetime>}: RFC 3339. */
    public String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }

    /** The value of an {@code <input type="datetime-local">}, in the site's time zone. */
    public String formInput(Instant instant) {
        return instant == null ? "" : FORM_INPUT.format(instant.atZone(zone));
    }

    /** Parses an {@code <input type="datetime-local">} value in the site's time zone; seconds are optional. */
    public Instant parseFormInput(String value) {
        return LocalDateTime.parse(value.trim()).atZone(zone).toInstant();
    }
}
