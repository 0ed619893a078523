package de.auftritt.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * Every visible string comes from messages*.properties, in German and in English: a key missing in one language,
 * a key used in a template but defined nowhere, or text written straight into a template fails the build.
 */
class MessagesAndTemplatesTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    static final Path MESSAGES = Path.of("src/main/resources/messages");

    /** Attributes a person reads or hears; a literal value with letters in them is hard-coded text. */
    static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "value", "content",
            "label");

    /** Literal text that is not language: brand, technical tokens. */
    static final Set<String> ALLOWED_LITERALS = Set.of("light dark", "width=device-width, initial-scale=1",
            "noindex, nofollow", "save", "preview", "DRAFT", "PUBLISHED");

    @Test
    void germanAndEnglishHaveTheSameKeys() throws IOException {
        Properties german = load("messages.properties");
        Properties english = load("messages_en.properties");
        assertThat(english.stringPropertyNames()).as("keys missing in English")
            .containsAll(german.stringPropertyNames());
        assertThat(german.stringPropertyNames()).as("keys missing in German")
            .containsAll(english.stringPropertyNames());
        assertThat(german.stringPropertyNames()).hasSizeGreaterThan(150);
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            Properties messages = load(file);
            assertThat(messages.stringPropertyNames()).as(file)
                .allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
        }
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        Properties german = load("messages.properties");
        Pattern literalKey = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]|#messages\\.msg\\('([a-zA-Z0-9_.]+)'"
                + "|(?:input|textarea)\\('([a-zA-Z0-9_.]+)'");
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            Matcher matcher = literalKey.matcher(Files.readString(template));
            while (matcher.find()) {
                String key = matcher.group(1) != null ? matcher.group(1)
                        : matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
                if (!german.containsKey(key)) {
                    missing.add(TEMPLATES.relativize(template) + ": " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path template : templates()) {
            Document doc = Jsoup.parse(Files.readString(template));
            for (Element element : doc.getAllElements()) {
                boolean textFromMessages = element.hasAttr("th:text") || element.hasAttr("th:utext")
                        || element.hasAttr("th:remove");
                for (TextNode text : element.textNodes()) {
                    if (!textFromMessages && hasLetters(text.text())) {
                        found.add(TEMPLATES.relativize(template) + ": text '" + text.text().strip() + "'");
                    }
                }
                element.attributes().forEach(attribute -> {
                    if (TEXT_ATTRIBUTES.contains(attribute.getKey()) && hasLetters(attribute.getValue())
                            && !ALLOWED_LITERALS.contains(attribute.getValue())) {
                        found.add(TEMPLATES.relativize(template) + ": " + attribute.getKey() + "='"
                                + attribute.getValue() + "'");
                    }
                });
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void templatesHaveNoInlineScriptsOrStyles() throws IOException {
        for (Path template : templates()) {
            Document doc = Jsoup.parse(Files.readString(template));
            assertThat(doc.select("script, style")).as(template.toString()).isEmpty();
            assertThat(doc.select("[style], [th:style], [th:attr*=style]")).as(template.toString()).isEmpty();
            for (Element element : doc.getAllElements()) {
                element.attributes().forEach(attribute -> assertThat(attribute.getKey()).as(template.toString())
                    .doesNotStartWith("on").doesNotStartWith("th:on"));
            }
        }
    }

    private static boolean hasLetters(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            List<Path> html = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
            assertThat(html).hasSizeGreaterThan(15);
            return html;
        }
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(MESSAGES.resolve(file))) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
