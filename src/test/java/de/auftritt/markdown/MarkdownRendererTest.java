package de.auftritt.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersGfmTablesStrikethroughAutolinksAndHeadingAnchors() {
        String html = renderer.render("""
                ## Grüße aus Köln

                | Stadt | Fluss |
                |:------|------:|
                | Köln  | Rhein |

                ~~alt~~ und https://example.org
                """);
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("h2").attr("id")).isEqualTo("grüße-aus-köln");
        assertThat(doc.select("table th")).extracting(e -> e.text()).containsExactly("Stadt", "Fluss");
        assertThat(doc.select("table td").first().attr("align")).isEqualTo("left");
        assertThat(doc.select("del").text()).isEqualTo("alt");
        assertThat(doc.select("a[href=https://example.org]")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[klick](javascript:alert(1))",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<svg onload=alert(1)></svg>",
        "<p style=\"background:url(javascript:alert(1))\" onclick=\"alert(1)\">x</p>",
        "![x](javascript:alert(1))",
        "<object data=\"x\"></object><embed src=\"x\">",
        "<form action=\"https://evil.example\"><input name=a></form>" })
    void nothingExecutableSurvives(String markdown) {
        String html = renderer.render(markdown);
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("script, iframe, svg, object, embed, form, input")).isEmpty();
        assertThat(doc.getAllElements()).allSatisfy(element -> element.attributes().forEach(attribute -> {
            assertThat(attribute.getKey()).doesNotStartWith("on").isNotEqualTo("style");
            assertThat(attribute.getValue().toLowerCase()).doesNotContain("javascript:");
        }));
    }

    @Test
    void keepsRelativeAndFragmentLinks() {
        Document doc = Jsoup.parseBodyFragment(renderer.render("[Über mich](/about) und [oben](#start)"));
        assertThat(doc.select("a")).extracting(a -> a.attr("href")).containsExactly("/about", "#start");
    }

    @Test
    void escapesTextThatLooksLikeMarkup() {
        assertThat(renderer.render("`<b>` & 1 < 2")).contains("<code>&lt;b&gt;</code> &amp; 1 &lt; 2");
    }

    @Test
    void plainTextHasNoMarkup() {
        assertThat(Summaries.plainText(renderer.render("# Titel\n\n**fett** und _kursiv_"))).isEqualTo("Titel fett und kursiv");
    }
}
