package de.auftritt.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

class MailtoLinksTest {

    @Test
    void aPlainAddressStaysReadable() {
        assertThat(MailtoLinks.to("erika.mustermann@example.org")).isEqualTo("mailto:erika.mustermann@example.org");
        assertThat(MailtoLinks.reply("erika@example.org", "Grüße & mehr?"))
            .isEqualTo("mailto:erika@example.org?subject=Re%3A%20Gr%C3%BC%C3%9Fe%20%26%20mehr%3F");
    }

    @Test
    void delimitersInTheAddressCannotAddHeaders() {
        String link = MailtoLinks.reply("\"a?cc=evil@x.org&bcc=b@x.org\"@example.org", "Hallo");
        URI uri = URI.create(link);
        assertThat(uri.getRawSchemeSpecificPart()).startsWith("%22a%3Fcc%3Devil%40x.org%26bcc%3Db%40x.org%22@example.org");
        assertThat(link.indexOf('?')).isEqualTo(link.lastIndexOf('?'));
        assertThat(link).doesNotContain("&").endsWith("?subject=Re%3A%20Hallo");
    }
}
