package de.auftritt.contact;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a visitor types into the contact form; every field has a length limit. */
public record ContactForm(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Email @Pattern(regexp = "|" + PLAIN_ADDRESS) @Size(max = 254) String email,
        @NotBlank @Size(max = 200) String subject,
        @NotBlank @Size(max = 5000) String message) {

    /**
     * An address as people have them: no quotes, spaces or URL delimiters, which {@code @Email} alone would allow
     * in quoted local parts and which have no place in a reply link.
     */
    static final String PLAIN_ADDRESS = "[^\\s\"'<>?&,;:()\\[\\]\\\\/%]+@[^\\s\"'<>?&,;:()\\[\\]\\\\/%@]+";

    static ContactForm empty() {
        return new ContactForm("", "", "", "");
    }
}
