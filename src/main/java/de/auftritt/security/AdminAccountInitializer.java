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
 * the account, so a password changed in the admin area stays changed.
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

    @Override
    public void run(ApplicationArguments args) {
        boolean generated = admin.password() == null || admin.password().isBlank();
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
    }
}
