package io.vgpubench.cloud.openstack.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vgpubench.FailureKind;
import io.vgpubench.VgpubenchException;
import io.vgpubench.cloud.openstack.api.ApiHttp;
import io.vgpubench.cloud.openstack.api.Reply;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import org.openstack4j.core.transport.ObjectMapperSingleton;
import org.openstack4j.openstack.identity.v3.domain.KeystoneToken;

/**
 * Keystone v3 login ({@code POST /v3/auth/tokens}) by password or application credential, done here
 * because openstack4j 3.12 has no application-credential method; the token goes to openstack4j through
 * {@code OSFactory.clientFromToken}. An error says the status and what it usually means, never a request or
 * response body: an endpoint or proxy that echoes the request would print the password.
 */
public final class Keystone {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Keystone() {}

    public static KeystoneToken login(CloudConfig cloud, ApiHttp http) {
        return login(cloud, http, true);
    }

    /** @param first a first login: an auth_url that does not resolve or refuses connections fails at once */
    public static KeystoneToken login(CloudConfig cloud, ApiHttp http, boolean first) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(cloud.authUrl() + "/auth/tokens"))
                .timeout(http.requestTimeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(cloud.credentials()).toString()))
                .build();
        Reply reply;
        try {
            reply = http.send(request, first);
        } catch (ApiHttp.Unreachable e) {
            boolean name = e.getMessage().contains("does not resolve");
            throw new VgpubenchException(name ? FailureKind.BAD_INPUT : FailureKind.INFRASTRUCTURE, "cannot reach Keystone"
                    + " at " + cloud.authUrl() + " (auth_url of " + cloud.source() + "): " + e.getMessage()
                    + "; check that auth_url, or whether Keystone runs there", null);
        }
        if (reply.status() != 201) {
            FailureKind kind = reply.status() == 401 || reply.status() == 403 || reply.status() == 404
                    ? FailureKind.BAD_INPUT : FailureKind.INFRASTRUCTURE;
            throw new VgpubenchException(kind, "login to " + cloud.authUrl() + " (" + cloud.source() + ", "
                    + cloud.credentials() + ") refused: HTTP " + reply.status() + meaning(reply.status()));
        }
        String id = reply.headers().firstValue("X-Subject-Token").orElseThrow(() ->
                VgpubenchException.infrastructure("Keystone at " + cloud.authUrl() + " sent no X-Subject-Token", null));
        try {
            KeystoneToken token = ObjectMapperSingleton.getContext(KeystoneToken.class)
                    .readValue(reply.body().toString(), KeystoneToken.class);
            token.setId(id);
            token.setEndpoint(cloud.authUrl().toString());
            return token;
        } catch (IOException e) {
            // not chained: the parser's message quotes the body it could not read
            throw VgpubenchException.infrastructure("unreadable token from Keystone at " + cloud.authUrl(), null);
        }
    }

    /** What a login's status usually means (the body is not shown: it may echo the credential). */
    private static String meaning(int status) {
        return switch (status) {
            case 401 -> " (the credential was not accepted)";
            case 403 -> " (the credential may not log in to this project)";
            case 404 -> " (no Keystone v3 at this auth_url, or the user or project does not exist)";
            default -> status >= 500 ? " (Keystone or a proxy before it failed; try again later)" : "";
        };
    }

    static ObjectNode body(Credentials credentials) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode auth = body.putObject("auth");
        ObjectNode identity = auth.putObject("identity");
        if (credentials instanceof Credentials.Password p) {
            identity.putArray("methods").add("password");
            ObjectNode user = identity.putObject("password").putObject("user");
            putUser(user, p.user());
            user.put("password", p.password());
            ObjectNode project = auth.putObject("scope").putObject("project");
            if (p.scope().id() != null) {
                project.put("id", p.scope().id());
            } else {
                project.put("name", p.scope().name());
                domain(project, p.scope().domainName(), p.scope().domainId());
            }
        } else if (credentials instanceof Credentials.ApplicationCredential a) {
            identity.putArray("methods").add("application_credential");
            ObjectNode cred = identity.putObject("application_credential");
            if (a.id() != null) {
                cred.put("id", a.id());
            } else {
                cred.put("name", a.name());
                putUser(cred.putObject("user"), a.user());
            }
            cred.put("secret", a.secret());
        }
        return body;
    }

    private static void putUser(ObjectNode user, Credentials.UserRef ref) {
        if (ref.id() != null) {
            user.put("id", ref.id());
        } else {
            user.put("name", ref.name());
            domain(user, ref.domainName(), ref.domainId());
        }
    }

    private static void domain(ObjectNode owner, String name, String id) {
        ObjectNode d = owner.putObject("domain");
        if (name == null && id != null) {
            d.put("id", id);
        } else {
            d.put("name", name == null ? "Default" : name);
        }
    }
}
