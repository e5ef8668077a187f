package io.vgpubench.cloud.openstack;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import io.vgpubench.FailureKind;
import io.vgpubench.VgpubenchException;
import io.vgpubench.cloud.openstack.api.RetrySettings;
import java.util.function.Supplier;
import org.openstack4j.api.exceptions.ConnectionException;
import org.openstack4j.api.exceptions.ResponseException;
import org.openstack4j.model.common.ActionResponse;

/**
 * Calls through openstack4j with the same retries as the direct HTTP calls: 5xx, 429 and lost
 * connections, with backoff and jitter (openstack4j does not expose Retry-After). Other errors become a
 * cloud failure naming what was being done and the service's message.
 */
final class Os4j {
    private final RetrySettings retry;

    Os4j(RetrySettings retry) {
        this.retry = retry;
    }

    <T> T call(String what, Supplier<T> call) {
        return call(what, call, r -> false);
    }

    private <T> T call(String what, Supplier<T> call, java.util.function.Predicate<T> retryResult) {
        RetryPolicy<T> policy = RetryPolicy.<T>builder()
                .handleIf(Os4j::retryable)
                .handleResultIf(retryResult::test)
                .withBackoff(retry.initial(), retry.max())
                .withJitter(0.25)
                .withMaxRetries(retry.maxRetries())
                .build();
        try {
            return Failsafe.with(policy).get(call::get);
        } catch (ConnectionException e) {
            throw VgpubenchException.infrastructure(what + ": connection failed", e);
        } catch (ResponseException e) {
            throw new VgpubenchException(e.getStatus() == 403 && !e.getMessage().toLowerCase().contains("quota")
                    ? FailureKind.BAD_INPUT : FailureKind.INFRASTRUCTURE,
                    what + ": HTTP " + e.getStatus() + " " + e.getMessage(), e);
        } catch (FailsafeException e) {
            throw VgpubenchException.infrastructure(what + ": " + e.getCause(), e.getCause());
        }
    }

    /** A delete: done when it succeeded or the thing was gone already; otherwise the reason. */
    String delete(String what, Supplier<ActionResponse> call) {
        ActionResponse r = call(what, call, a -> a != null && (a.getCode() == 429 || a.getCode() >= 500));
        if (r == null || r.isSuccess() || r.getCode() == 404) {
            return null;
        }
        return what + ": HTTP " + r.getCode() + " " + r.getFault();
    }

    private static boolean retryable(Throwable t) {
        if (t instanceof ConnectionException) {
            return true;
        }
        return t instanceof ResponseException r && (r.getStatus() == 429 || r.getStatus() >= 500 && r.getStatus() != 501);
    }
}
