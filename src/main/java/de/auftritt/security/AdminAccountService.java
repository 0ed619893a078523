package de.auftritt.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import de.auftritt.config.SingleWriter;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

@Service
public class AdminAccountService implements UserDetailsService {

    private final AdminAccountRepository accounts;

    private final PasswordEncoder passwordEncoder;

    private final SingleWriter writer;

    private final Clock clock;

    AdminAccountService(AdminAccountRepository accounts, PasswordEncoder passwordEncoder, SingleWriter writer,
            Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.writer = writer;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AdminAccount account = accounts.findByUsername(username)
            .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return User.withUsername(account.getUsername()).password(account.getPasswordHash()).roles("ADMIN").build();
    }

    /** Creates the account unless any exists: true when it did. */
    boolean createIfNoneExists(String username, String rawPassword) {
        String hash = passwordEncoder.encode(rawPassword);
        return writer.write(() -> {
            if (accounts.count() > 0) {
                return false;
            }
            accounts.save(new AdminAccount(username, hash, clock.instant()));
            return true;
        });
    }

    /** Changes the password when the current one is right; false when it is not. */
    public boolean changePassword(String username, String currentPassword, String newPassword) {
        String newHash = passwordEncoder.encode(newPassword);
        return writer.write(() -> accounts.findByUsername(username)
            .filter(account -> passwordEncoder.matches(currentPassword, account.getPasswordHash()))
            .map(account -> {
                account.setPasswordHash(newHash);
                return true;
            })
            .orElse(false));
    }

    /** Sets the password of the account, creating the account if there is none with this name. */
    void resetPassword(String username, String rawPassword) {
        String hash = passwordEncoder.encode(rawPassword);
        writer.run(() -> accounts.findByUsername(username).ifPresentOrElse(account -> account.setPasswordHash(hash),
                () -> accounts.save(new AdminAccount(username, hash, clock.instant()))));
    }

    static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
