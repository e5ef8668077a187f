package io.vgpubench.cloud.openstack.auth;

import io.vgpubench.VgpubenchException;
import io.vgpubench.cloud.openstack.api.ApiHttp;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.openstack4j.api.OSClient.OSClientV3;
import org.openstack4j.model.identity.v3.Endpoint;
import org.openstack4j.model.identity.v3.Token;
import org.openstack4j.openstack.OSFactory;

/**
 * One login shared by every thread: a Keystone token, renewed when it is within {@link #RENEW_BEFORE} of
 * expiring. openstack4j binds a session to the thread that made it, so {@link #os()} makes a client from
 * the current token on the calling thread each time (no request is sent for that).
 */
public final class Session {
    static final Duration RENEW_BEFORE = Duration.ofMinutes(10);
    private final CloudConfig cloud;
    private final ApiHttp http;
    private final Clock clock;
    private Token token;

    public Session(CloudConfig cloud, ApiHttp http, Clock clock) {
        this.cloud = cloud;
        this.http = http;
        this.clock = clock;
    }

    /** Logs in now (so a bad credential fails before anything else happens). */
    public static Session login(CloudConfig cloud, ApiHttp http) {
        Session s = new Session(cloud, http, Clock.systemUTC());
        s.token();
        return s;
    }

    public CloudConfig cloud() {
        return cloud;
    }

    public ApiHttp http() {
        return http;
    }

    /** The current token, logging in again first when it expires soon. */
    public synchronized Token token() {
        if (token == null || expires(token).minus(RENEW_BEFORE).isBefore(clock.instant())) {
            // the first login fails fast on an auth_url nobody answers at; a renewal retries (Keystone may restart)
            token = Keystone.login(cloud, http, token == null);
        }
        return token;
    }

    /** When the current token expires. */
    public Instant tokenExpires() {
        return expires(token());
    }

    /** An openstack4j client on this thread, for the configured region and interface. */
    public OSClientV3 os() {
        OSClientV3 client = OSFactory.clientFromToken(token(), cloud.facing());
        return cloud.region() == null ? client : client.useRegion(cloud.region());
    }

    /** The catalog URL of a service type ("compute", "network", ...) for the region and interface. */
    public URI endpoint(String serviceType) {
        List<? extends Endpoint> found = token().getCatalog().stream()
                .filter(s -> serviceType.equals(s.getType()))
                .flatMap(s -> s.getEndpoints().stream())
                .filter(e -> e.getIface() == cloud.facing())
                .filter(e -> cloud.region() == null || cloud.region().equals(e.getRegion()))
                .toList();
        if (found.isEmpty()) {
            throw VgpubenchException.badInput(cloud.source() + ": the catalog has no " + cloud.facing().name()
                    .toLowerCase() + " " + serviceType + " endpoint" + (cloud.region() == null ? ""
                    : " in region " + cloud.region()));
        }
        return URI.create(found.get(0).getUrl().toString().replaceAll("/+$", ""));
    }

    private static Instant expires(Token t) {
        return t.getExpires() == null ? Instant.MAX : t.getExpires().toInstant();
    }
}
