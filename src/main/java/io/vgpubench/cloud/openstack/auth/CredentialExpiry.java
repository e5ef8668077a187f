package io.vgpubench.cloud.openstack.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.vgpubench.cloud.openstack.api.Reply;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * When the login stops working: an application credential's {@code expires_at} (Jetstream2's expire the same
 * day unless an expiry was set). A password login renews its token for as long as the password is valid.
 */
public final class CredentialExpiry {
    private CredentialExpiry() {}

    /** The application credential's expiry; empty for password logins and credentials that never expire. */
    public static Optional<Instant> of(Session session) {
        if (!(session.cloud().credentials() instanceof Credentials.ApplicationCredential a)) {
            return Optional.empty();
        }
        String user = session.token().getUser().getId();
        String path = a.id() != null ? "/" + a.id() : "?name=" + URLEncoder.encode(a.name(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(session.cloud().authUrl() + "/users/" + user
                        + "/application_credentials" + path))
                .header("X-Auth-Token", session.token().getId()).header("Accept", "application/json").GET().build();
        Reply r = session.http().send(request);
        if (!r.ok()) {
            return Optional.empty();
        }
        JsonNode cred = r.body().has("application_credential") ? r.body().path("application_credential")
                : r.body().path("application_credentials").path(0);
        String expires = cred.path("expires_at").asText(null);
        return expires == null || expires.isBlank() ? Optional.empty() : Optional.of(parse(expires));
    }

    /** A warning when the credential expires before {@code end}; empty when it lasts. */
    public static Optional<String> warning(Session session, Instant end) {
        Instant now = Instant.now();
        return of(session).filter(e -> e.isBefore(end)).map(e -> "the application credential of "
                + session.cloud().source() + " expires at " + e + " (" + (e.isAfter(now) ? "in "
                + io.vgpubench.model.Durations.format(Duration.between(now, e).withNanos(0)) : "already expired")
                + "), before the campaign's estimated end (" + end + ", "
                + io.vgpubench.model.Durations.format(Duration.between(now, end).withNanos(0))
                + " from now): the controller will lose the"
                + " cloud mid-campaign. Make one that lasts: openstack application credential create --expiration"
                + " <date> <name>");
    }

    private static Instant parse(String keystoneTime) {
        String t = keystoneTime.endsWith("Z") || keystoneTime.matches(".*[+-]\\d\\d:\\d\\d$") ? keystoneTime
                : keystoneTime + "Z";
        return OffsetDateTime.parse(t).toInstant();
    }
}
