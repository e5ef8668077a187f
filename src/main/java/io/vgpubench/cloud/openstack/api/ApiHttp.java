package io.vgpubench.cloud.openstack.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import io.vgpubench.VgpubenchException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plain HTTP to OpenStack APIs, for what openstack4j 3.12 cannot do (microversions, Retry-After), with
 * retries: 429 after its Retry-After, 5xx, and dropped or refused connections, with exponential backoff
 * and jitter. Counts the requests it sends. Messages name the method and path, never a header (tokens).
 */
public final class ApiHttp {
    private static final Logger LOG = LoggerFactory.getLogger(ApiHttp.class);
    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client;
    private final RetrySettings retry;
    private final AtomicLong requests = new AtomicLong();

    public ApiHttp(RetrySettings retry) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        this.retry = retry;
    }

    /** Sends with retries; the last answer is returned as is (also an error status), a lost connection throws. */
    public Reply send(HttpRequest request) {
        return send(request, false);
    }

    /**
     * As {@link #send(HttpRequest)}; with {@code firstContact}, a host that does not resolve or a port that refuses
     * the connection is not retried but thrown at once as {@link Unreachable} (at a login, that is almost always a
     * wrong auth_url, and retrying it would keep the user waiting minutes for the same answer).
     */
    public Reply send(HttpRequest request, boolean firstContact) {
        RetryPolicy<HttpResponse<String>> policy = RetryPolicy.<HttpResponse<String>>builder()
                .handleIf(t -> t instanceof IOException && !(firstContact && Unreachable.why(t).isPresent()))
                .handleResultIf(r -> retryable(r.statusCode()))
                .withBackoff(retry.initial(), retry.max())
                .withJitter(0.25)
                .withDelayFn(ctx -> retryAfter(ctx.getLastResult()))
                .withMaxRetries(retry.maxRetries())
                .onRetry(e -> LOG.debug("{} {}: retry {} after {}", request.method(), request.uri().getPath(),
                        e.getAttemptCount(), e.getLastResult() != null ? "HTTP " + e.getLastResult().statusCode()
                                : e.getLastException().getClass().getSimpleName()))
                .build();
        try {
            HttpResponse<String> r = Failsafe.with(policy).get(() -> {
                requests.incrementAndGet();
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            });
            return new Reply(r.statusCode(), parse(r.body()), r.headers());
        } catch (FailsafeException e) {
            java.util.Optional<String> why = e.getCause() == null ? java.util.Optional.empty() : Unreachable.why(e.getCause());
            if (firstContact && why.isPresent()) {
                throw new Unreachable(request.uri().getHost() + ":" + request.uri().getPort() + ": " + why.get(), e.getCause());
            }
            if (e.getCause() instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw VgpubenchException.infrastructure(request.method() + " " + request.uri().getHost() + ":"
                    + request.uri().getPort() + request.uri().getPath() + " failed after " + (retry.maxRetries() + 1)
                    + " attempts: " + cause.getClass().getSimpleName(), cause);
        }
    }

    /** A host that does not resolve, or a port that refuses connections, met at a first contact. */
    public static final class Unreachable extends RuntimeException {
        Unreachable(String message, Throwable cause) {
            super(message, cause);
        }

        /**
         * "the host name does not resolve" or "nothing accepted the connection", where {@code t} is one of those (the
         * JDK's client says neither in words: an UnresolvedAddressException, or a ConnectException without a timeout).
         */
        static java.util.Optional<String> why(Throwable t) {
            boolean connect = false;
            for (Throwable c = t; c != null && c.getCause() != c; c = c.getCause()) {
                if (c instanceof java.net.UnknownHostException || c instanceof java.nio.channels.UnresolvedAddressException) {
                    return java.util.Optional.of("the host name does not resolve");
                }
                connect |= c instanceof java.net.ConnectException && !(c instanceof java.net.http.HttpConnectTimeoutException);
            }
            if (connect) {
                return java.util.Optional.of("nothing accepted the connection (refused, or no route to the host)");
            }
            return java.util.Optional.empty();
        }
    }

    public Duration requestTimeout() {
        return retry.requestTimeout();
    }

    /** How many HTTP requests went out, retries included. */
    public long requestCount() {
        return requests.get();
    }

    static boolean retryable(int status) {
        return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }

    /** A 429's or 503's Retry-After (seconds), capped; negative (use the backoff) when there is none. */
    private Duration retryAfter(HttpResponse<String> last) {
        if (last == null) {
            return Duration.ofMillis(-1);
        }
        return last.headers().firstValue("Retry-After").flatMap(ApiHttp::seconds)
                .map(s -> Duration.ofSeconds(Math.min(s, retry.maxRetryAfter().toSeconds())))
                .orElse(Duration.ofMillis(-1));
    }

    private static java.util.Optional<Long> seconds(String v) {
        try {
            return java.util.Optional.of(Math.max(0, Long.parseLong(v.strip())));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty(); // an HTTP date: fall back to the backoff
        }
    }

    static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return TextNode.valueOf(text.length() > 300 ? text.substring(0, 300) : text);
        }
    }
}
