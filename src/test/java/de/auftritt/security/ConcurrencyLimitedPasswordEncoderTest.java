package de.auftritt.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class ConcurrencyLimitedPasswordEncoderTest {

    /** Counts how many hashes run at the same moment; each holds its slot until all callers have started. */
    static class CountingEncoder implements PasswordEncoder {

        final AtomicInteger running = new AtomicInteger();

        final AtomicInteger mostAtOnce = new AtomicInteger();

        final CountDownLatch allStarted;

        CountingEncoder(CountDownLatch allStarted) {
            this.allStarted = allStarted;
        }

        @Override
        public String encode(CharSequence raw) {
            int now = running.incrementAndGet();
            mostAtOnce.accumulateAndGet(now, Math::max);
            try {
                allStarted.await(200, TimeUnit.MILLISECONDS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return "hash:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return encode(raw).equals(encoded);
        }
    }

    @Test
    void noMoreThanTheLimitHashAtOnceAndAllGetTheirAnswer() throws Exception {
        int callers = 8;
        CountDownLatch allStarted = new CountDownLatch(callers);
        CountingEncoder counting = new CountingEncoder(allStarted);
        PasswordEncoder limited = new ConcurrencyLimitedPasswordEncoder(counting, 2);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            String password = "password-" + i;
            results.add(pool.submit(() -> {
                allStarted.countDown();
                return limited.matches(password, "hash:" + password);
            }));
        }
        for (Future<Boolean> result : results) {
            assertThat(result.get(10, TimeUnit.SECONDS)).isTrue();
        }
        pool.shutdown();
        assertThat(counting.mostAtOnce.get()).isBetween(1, 2);
    }

    @Test
    void realArgon2HashesVerify() {
        SecurityConfig config = new SecurityConfig();
        PasswordEncoder encoder = config.passwordEncoder();
        String hash = encoder.encode("Über sieben Brücken musst du gehn " + "ä".repeat(40));
        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=7168,t=5,p=1$");
        assertThat(encoder.matches("Über sieben Brücken musst du gehn " + "ä".repeat(40), hash)).isTrue();
        assertThat(encoder.matches("Über sieben Brücken musst du gehn " + "ä".repeat(39), hash)).isFalse();
        assertThat(encoder.matches("secret", new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder()
            .encode("secret").transform(h -> "{bcrypt}" + h))).isTrue();
    }
}
