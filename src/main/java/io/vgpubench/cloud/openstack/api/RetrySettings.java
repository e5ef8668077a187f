package io.vgpubench.cloud.openstack.api;

import java.time.Duration;

/**
 * How the API layer retries: backoff from {@code initial} to {@code max} with jitter, at most
 * {@code maxRetries} times, honouring a Retry-After of up to {@code maxRetryAfter}; a request without an
 * answer after {@code requestTimeout} counts as a lost connection (and is retried).
 */
public record RetrySettings(Duration initial, Duration max, int maxRetries, Duration maxRetryAfter,
                            Duration requestTimeout) {

    public static RetrySettings standard() {
        return new RetrySettings(Duration.ofSeconds(1), Duration.ofSeconds(30), 8, Duration.ofSeconds(120),
                Duration.ofSeconds(60));
    }
}
