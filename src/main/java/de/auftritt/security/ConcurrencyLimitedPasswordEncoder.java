package de.auftritt.security;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Lets only a few password hashes be computed at once. Each Argon2 hash takes megabytes of memory and a core for
 * a moment: without a limit, many logins at the same time (from many addresses, so nginx's per-address rate
 * limit does not help) could fill the heap. The others wait their turn; with two permits on a small server a
 * login waits a fraction of a second longer at worst. Written by hand: Spring Security has no such limit.
 */
class ConcurrencyLimitedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;

    private final Semaphore permits;

    ConcurrencyLimitedPasswordEncoder(PasswordEncoder delegate, int concurrentHashes) {
        this.delegate = delegate;
        this.permits = new Semaphore(concurrentHashes, true);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return limited(() -> delegate.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return limited(() -> delegate.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private <T> T limited(Supplier<T> hashing) {
        permits.acquireUninterruptibly();
        try {
            return hashing.get();
        }
        finally {
            permits.release();
        }
    }
}
