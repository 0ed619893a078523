package de.auftritt.admin;

import org.jsoup.Jsoup;

/** A summary made from the start of the rendered text when the owner leaves the summary empty. */
final class Summaries {

    static final int LENGTH = 200;

    private Summaries() {
    }

    static String fromMarkdownText(String renderedHtml) {
        String text = Jsoup.parse(renderedHtml).text().strip();
        if (text.length() <= LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', LENGTH);
        return text.substring(0, cut > LENGTH / 2 ? cut : LENGTH) + "…";
    }
}
