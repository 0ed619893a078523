package de.auftritt.security;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The public site is open to everyone; {@code /admin/**} needs the owner's login; the actuator shows only its
 * health. CSRF protection stays on for every form. The headers allow a strict Content-Security-Policy because
 * no template has inline scripts or style attributes. HSTS comes from nginx, which terminates TLS.
 *
 * <p>Public so that web-layer slice tests of other packages can import it.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' https: data:; "
            + "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry) {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/admin", "/admin/**").hasRole("ADMIN")
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/actuator", "/actuator/**").denyAll()
                .anyRequest().permitAll())
            .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/admin", true).permitAll())
            .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
            // Sessions are registered so that a password change can end the owner's other sessions.
            .sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(sessionRegistry)
                .expiredUrl("/login?expired"))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions
                    .policy("camera=(), microphone=(), geolocation=(), interest-cohort=()"))
                .frameOptions(frame -> frame.deny())
                .httpStrictTransportSecurity(hsts -> hsts.disable()));
        return http.build();
    }

    /**
     * Argon2id for new hashes: unlike bcrypt it has no 72-byte limit on the password. Parameters per OWASP's
     * password storage cheat sheet (m=7 MiB, t=5, p=1): the same strength as Spring's default of 16 MiB and t=2
     * for less than half the memory, which matters under a 160 MB heap. Hashes carry their parameters and their
     * algorithm's id, so older hashes (bcrypt, other Argon2 settings) are still checked.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        Map<String, PasswordEncoder> encoders = Map.of(
                "argon2", new Argon2PasswordEncoder(16, 32, 1, 7 * 1024, 5),
                "argon2@SpringSecurity_v5_8", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder());
        return new ConcurrencyLimitedPasswordEncoder(new DelegatingPasswordEncoder("argon2", encoders), 2);
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
