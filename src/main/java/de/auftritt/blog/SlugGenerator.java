package de.auftritt.blog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Makes URL slugs from titles, German first: umlauts become two letters as Germans write them without umlauts
 * ("Grüße aus Köln" becomes {@code gruesse-aus-koeln}), other accents are dropped, everything else that is not a
 * letter or digit becomes a single hyphen.
 */
public final class SlugGenerator {

    public static final int MAX_LENGTH = 80;

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    /** Lower-case ASCII letters and digits in groups joined by single hyphens. */
    public static final String VALID_SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    private SlugGenerator() {
    }

    public static String slugify(String text) {
        if (text == null) {
            return "";
        }
        String german = text.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
            .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
            .replace("ẞ", "SS").replace("ß", "ss");
        String ascii = COMBINING_MARKS.matcher(Normalizer.normalize(german, Normalizer.Form.NFD)).replaceAll("");
        String slug = NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = trimHyphens(slug);
        if (slug.length() > MAX_LENGTH) {
            slug = trimHyphens(slug.substring(0, MAX_LENGTH));
        }
        return slug;
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH && slug.matches(VALID_SLUG);
    }

    private static String trimHyphens(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }
}
