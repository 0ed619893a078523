package de.auftritt.blog;

import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import de.auftritt.config.AuftrittProperties;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriUtils;

/**
 * The Atom 1.0 feed of the latest posts (RFC 4287). Written with StAX, so every title and body is escaped by the
 * XML writer, not by hand.
 */
@Controller
class FeedController {

    static final int FEED_SIZE = 20;

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final PostRepository posts;

    private final AuftrittProperties properties;

    private final Clock clock;

    FeedController(PostRepository posts, AuftrittProperties properties, Clock clock) {
        this.posts = posts;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping(value = "/feed.xml")
    ResponseEntity<String> feed() throws XMLStreamException {
        List<Post> latest = posts.findVisible(clock.instant(), PageRequest.of(0, FEED_SIZE)).getContent();
        String base = properties.site().baseUrl();
        Instant updated = latest.stream().map(FeedController::lastChange).max(Instant::compareTo)
            .orElse(Instant.EPOCH);

        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XML.createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        element(xml, "id", base + "/");
        element(xml, "title", properties.site().name());
        element(xml, "updated", rfc3339(updated));
        link(xml, "self", base + "/feed.xml", "application/atom+xml");
        link(xml, "alternate", base + "/", "text/html");
        xml.writeStartElement("author");
        element(xml, "name", properties.site().name());
        xml.writeEndElement();
        for (Post post : latest) {
            String url = base + "/blog/" + UriUtils.encodePathSegment(post.getSlug(), "UTF-8");
            xml.writeStartElement("entry");
            element(xml, "id", url);
            element(xml, "title", post.getTitle());
            link(xml, "alternate", url, "text/html");
            element(xml, "published", rfc3339(post.getPublishAt()));
            element(xml, "updated", rfc3339(lastChange(post)));
            for (String tag : post.getTags()) {
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", tag);
            }
            xml.writeStartElement("summary");
            xml.writeAttribute("type", "text");
            xml.writeCharacters(post.getSummary());
            xml.writeEndElement();
            xml.writeStartElement("content");
            xml.writeAttribute("type", "html");
            xml.writeCharacters(post.getBodyHtml());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
            .body(out.toString());
    }

    /** A post scheduled for later shows its publish time as its last change, never an earlier edit. */
    private static Instant lastChange(Post post) {
        return post.getUpdatedAt().isAfter(post.getPublishAt()) ? post.getUpdatedAt() : post.getPublishAt();
    }

    private static String rfc3339(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }
}
