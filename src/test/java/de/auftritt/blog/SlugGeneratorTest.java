package de.auftritt.blog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugGeneratorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Grüße aus Köln|gruesse-aus-koeln",
        "Ärger über Öl|aerger-ueber-oel",
        "Straße & Weg|strasse-weg",
        "  Hello,   World!  |hello-world",
        "Crème brûlée à Paris|creme-brulee-a-paris",
        "Spring Boot 4.0 — what's new?|spring-boot-4-0-what-s-new",
        "---|''" })
    void slugifiesGermanFirst(String title, String slug) {
        assertThat(SlugGenerator.slugify(title)).isEqualTo(slug);
    }

    @Test
    void cutsLongTitlesAtTheLimitWithoutATrailingHyphen() {
        String slug = SlugGenerator.slugify("wort ".repeat(40));
        assertThat(slug).hasSizeLessThanOrEqualTo(SlugGenerator.MAX_LENGTH).doesNotEndWith("-");
        assertThat(SlugGenerator.isValid(slug)).isTrue();
    }

    @Test
    void acceptsOnlyLowerCaseLettersDigitsAndSingleHyphens() {
        assertThat(SlugGenerator.isValid("gruesse-aus-koeln-2")).isTrue();
        assertThat(SlugGenerator.isValid("Gruesse")).isFalse();
        assertThat(SlugGenerator.isValid("a--b")).isFalse();
        assertThat(SlugGenerator.isValid("-a")).isFalse();
        assertThat(SlugGenerator.isValid("grüße")).isFalse();
        assertThat(SlugGenerator.isValid("")).isFalse();
    }
}
