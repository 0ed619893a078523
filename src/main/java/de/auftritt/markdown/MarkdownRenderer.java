package de.auftritt.markdown;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Turns the owner's Markdown into HTML that is safe to put on a page: commonmark-java with the GFM tables,
 * strikethrough, autolink and heading-anchor extensions, then jsoup's {@link Safelist} so that no script, no
 * event handler and no {@code javascript:} URL survives, whatever the Markdown held (raw HTML included).
 *
 * <p>Posts and pages are rendered once, when saved; only that stored HTML is ever written unescaped.
 */
@Component
public class MarkdownRenderer {

    /** Only used to resolve relative links while cleaning; it never appears in the output. */
    private static final String BASE_URI = "https://auftritt.invalid/";

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
            StrikethroughExtension.create(), AutolinkExtension.create(), HeadingAnchorExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();

    private final Safelist safelist = Safelist.relaxed()
        .addTags("del", "s", "hr", "figure", "figcaption")
        .addAttributes(":all", "title")
        .addAttributes("h1", "id")
        .addAttributes("h2", "id")
        .addAttributes("h3", "id")
        .addAttributes("h4", "id")
        .addAttributes("h5", "id")
        .addAttributes("h6", "id")
        .addAttributes("th", "align")
        .addAttributes("td", "align")
        .addAttributes("code", "class")
        .addProtocols("a", "href", "#")
        .preserveRelativeLinks(true);

    public String render(String markdown) {
        String html = renderer.render(parser.parse(markdown == null ? "" : markdown));
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, BASE_URI, safelist, output);
    }
}
