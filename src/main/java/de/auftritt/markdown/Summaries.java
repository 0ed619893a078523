package de.auftritt.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Text taken from rendered (and cleaned) HTML: for word counts and for summaries the owner left empty. */
public final class Summaries {

    static final int LENGTH = 200;

    private Summaries() {
    }

    /** All the text of the HTML, without markup. */
    public static String plainText(String renderedHtml) {
        return Jsoup.parseBodyFragment(renderedHtml).text();
    }

    /**
     * The first paragraph, cut at a word near 200 characters. Tables, lists and code would read as a jumble of
     * words, so they are left out unless there is no paragraph at all.
     */
    public static String fromRenderedHtml(String renderedHtml) {
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
