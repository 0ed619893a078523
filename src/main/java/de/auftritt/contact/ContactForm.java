package de.auftritt.contact;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a visitor types into the contact form; every field has a length limit. */
public record ContactForm(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 200) String subject,
        @NotBlank @Size(max = 5000) String message) {

    static ContactForm empty() {
        return new ContactForm("", "", "", "");
    }
}
