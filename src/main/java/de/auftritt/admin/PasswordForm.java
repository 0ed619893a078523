package de.auftritt.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record PasswordForm(
        @NotBlank @Size(max = 200) String currentPassword,
        @NotBlank @Size(min = 12, max = 200) String newPassword,
        @NotBlank @Size(max = 200) String confirmPassword) {

    static PasswordForm empty() {
        return new PasswordForm("", "", "");
    }
}
