package de.auftritt.blog;

/** Minutes to read a text at about 200 words a minute, the usual figure for German and English prose. */
final class ReadingTime {

    private static final int WORDS_PER_MINUTE = 200;

    private ReadingTime() {
    }

    static int minutes(String plainText) {
        String trimmed = plainText == null ? "" : plainText.trim();
        int words = trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }
}
