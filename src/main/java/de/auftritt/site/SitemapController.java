package de.auftritt.site;

import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import de.auftritt.blog.Post;
import de.auftritt.blog.PostRepository;
import de.auftritt.config.AuftrittProperties;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriUtils;

/** {@code /sitemap.xml} (sitemaps.org 0.9) with every visible post and page, and {@code /robots.txt}. */
@Controller
class SitemapController {

    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final PostRepository posts;

    private final PageRepository pages;

    private final AuftrittProperties properties;

    private final Clock clock;

    SitemapController(PostRepository posts, PageRepository pages, AuftrittProperties properties, Clock clock) {
        this.posts = posts;
        this.pages = pages;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() throws XMLStreamException {
        String base = properties.site().baseUrl();
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XML.createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(SITEMAP);
        url(xml, base + "/", null);
        url(xml, base + "/blog", null);
        url(xml, base + "/contact", null);
        for (Page page : pages.findAllByOrderByTitleAsc()) {
            if (!page.isHome()) {
                url(xml, base + "/" + page.getSlug(), page.getUpdatedAt());
            }
        }
        for (Post post : posts.findAllVisible(clock.instant())) {
            url(xml, base + "/blog/" + UriUtils.encodePathSegment(post.getSlug(), "UTF-8"), post.getUpdatedAt());
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(out.toString());
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        String body = "User-agent: *\nDisallow: /admin\nDisallow: /login\n\nSitemap: " + properties.site().baseUrl()
                + "/sitemap.xml\n";
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(body);
    }

    private static void url(XMLStreamWriter xml, String loc, Instant lastModified) throws XMLStreamException {
        xml.writeStartElement("url");
        xml.writeStartElement("loc");
        xml.writeCharacters(loc);
        xml.writeEndElement();
        if (lastModified != null) {
            xml.writeStartElement("lastmod");
            xml.writeCharacters(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                    lastModified.atOffset(ZoneOffset.UTC).withNano(0)));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}
