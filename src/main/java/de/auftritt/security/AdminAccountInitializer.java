package de.auftritt.security;

import de.auftritt.config.AuftrittProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start (no account yet) creates the owner's account from {@code ADMIN_USERNAME} and
 * {@code ADMIN_PASSWORD}; without a password it makes a random one and logs it once. Later starts do not touch
 * the account, so a password changed in the admin area stays changed, unless the operator asks for a reset with
 * {@code ADMIN_RESET_PASSWORD=true} (a forgotten password; the operator never edits the database).
 */
@Component
@Order(1)
class AdminAccountInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminAccountInitializer.class);

    private final AdminAccountService accounts;

    private final AuftrittProperties.Admin admin;

    AdminAccountInitializer(AdminAccountService accounts, AuftrittProperties properties) {
        this.accounts = accounts;
        this.admin = properties.admin();
    }

    static final int MIN_PASSWORD_LENGTH = 12;

    @Override
    public void run(ApplicationArguments args) {
        boolean given = admin.password() != null && !admin.password().isBlank();
        if (given && admin.password().length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("ADMIN_PASSWORD is too short: use at least " + MIN_PASSWORD_LENGTH
                    + " characters, or leave it empty to have a random password generated and logged once");
        }
        if (admin.resetPassword()) {
            if (!given) {
                throw new IllegalStateException("ADMIN_RESET_PASSWORD=true needs ADMIN_PASSWORD, the new password");
            }
            accounts.resetPassword(admin.username(), admin.password());
            log.warn("Reset the password of the admin account '{}' to ADMIN_PASSWORD: remove ADMIN_RESET_PASSWORD "
                    + "now, or every start resets it again", admin.username());
            return;
        }
        boolean generated = !given;
        String password = generated ? AdminAccountService.randomPassword() : admin.password();
        if (accounts.createIfNoneExists(admin.username(), password)) {
            if (generated) {
                log.warn("Created the admin account '{}' with the generated password: {}  "
                        + "(shown once; change it at /admin/password)", admin.username(), password);
            }
            else {
                log.info("Created the admin account '{}' from ADMIN_PASSWORD", admin.username());
            }
        }
        else {
            log.info("The admin account exists; ADMIN_USERNAME and ADMIN_PASSWORD apply to the first start only "
                    + "(ADMIN_RESET_PASSWORD=true resets a forgotten password)");
        }
    }
}
