package de.auftritt.admin;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.UriUtils;

/**
 * {@code mailto:} links to a visitor's address (RFC 6068). The address is what a stranger typed, so every part of
 * it is percent-encoded: a "?" or "&" in it can then not add Cc, Bcc or a body to the owner's reply.
 */
final class MailtoLinks {

    private MailtoLinks() {
    }

    static String to(String address) {
        int at = address.lastIndexOf('@');
        if (at < 0) {
            return "mailto:" + encode(address);
        }
        return "mailto:" + encode(address.substring(0, at)) + "@" + encode(address.substring(at + 1));
    }

    static String reply(String address, String subject) {
        return to(address) + "?subject=" + encode("Re: " + subject);
    }

    private static String encode(String part) {
        return UriUtils.encode(part, StandardCharsets.UTF_8);
    }
}
