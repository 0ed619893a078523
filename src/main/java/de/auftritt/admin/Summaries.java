package de.auftritt.admin;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A summary made from the first paragraph of the rendered text when the owner leaves the summary empty (tables,
 * lists and code would read as a jumble of words).
 */
final class Summaries {

    static final int LENGTH = 200;

    private Summaries() {
    }

    static String fromMarkdownText(String renderedHtml) {
        Document doc = Jsoup.parseBodyFragment(renderedHtml);
        Element paragraph = doc.selectFirst("p");
        String text = (paragraph != null ? paragraph.text() : doc.text()).strip();
        if (text.length() <= LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', LENGTH);
        return text.substring(0, cut > LENGTH / 2 ? cut : LENGTH) + "…";
    }
}
