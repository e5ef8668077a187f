package io.vgpubench.cloud.openstack.api;

import java.time.Duration;

/**
 * How the API layer retries: backoff from {@code initial} to {@code max} with jitter, at most
 * {@code maxRetries} times, honouring a Retry-After of up to {@code maxRetryAfter}.
 */
public record RetrySettings(Duration initial, Duration max, int maxRetries, Duration maxRetryAfter) {

    public static RetrySettings standard() {
        return new RetrySettings(Duration.ofSeconds(1), Duration.ofSeconds(30), 8, Duration.ofSeconds(120));
    }
}
