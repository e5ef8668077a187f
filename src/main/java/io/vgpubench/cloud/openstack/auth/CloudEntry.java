package io.vgpubench.cloud.openstack.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.vgpubench.VgpubenchException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One cloud's settings, from a clouds.yaml entry or from OS_* variables, turned into a {@link CloudConfig}.
 * Both use the same keys (clouds.yaml's {@code auth.username} is {@code OS_USERNAME}), so one reader
 * serves both through a lookup function.
 */
final class CloudEntry {
    private static final List<String> PASSWORD_TYPES = List.of("password", "v3password");
    private static final List<String> APP_CRED_TYPES = List.of("v3applicationcredential", "applicationcredential");

    private CloudEntry() {}

    /** A clouds.yaml entry: {@code auth.*} keys under {@code auth}, the rest at the top. */
    static CloudConfig parse(String where, JsonNode entry) {
        JsonNode auth = entry.path("auth");
        return build(where, key -> text(auth.get(key)), key -> text(entry.get(key)));
    }

    /** OS_* variables: {@code OS_AUTH_URL}, {@code OS_USERNAME}, {@code OS_AUTH_TYPE}, ... */
    static CloudConfig fromEnv(java.util.Map<String, String> env) {
        Function<String, String> os = key -> blankToNull(env.get("OS_" + key.toUpperCase(Locale.ROOT)));
        return build("OS_* environment variables", os, os);
    }

    private static CloudConfig build(String where, Function<String, String> auth, Function<String, String> top) {
        String url = auth.apply("auth_url");
        if (url == null) {
            throw VgpubenchException.badInput(where + ": auth_url is missing");
        }
        String version = top.apply("identity_api_version");
        if (version != null && !version.startsWith("3")) {
            throw VgpubenchException.badInput(where + ": identity_api_version " + version + " is not supported; Keystone v3 only");
        }
        String type = top.apply("auth_type");
        String authType = type == null ? (auth.apply("application_credential_secret") != null
                ? "v3applicationcredential" : "password") : type.toLowerCase(Locale.ROOT);
        Credentials credentials;
        if (APP_CRED_TYPES.contains(authType)) {
            credentials = applicationCredential(where, auth);
        } else if (PASSWORD_TYPES.contains(authType)) {
            credentials = password(where, auth);
        } else {
            throw VgpubenchException.badInput(where + ": auth_type '" + type + "' is not supported (use password or"
                    + " v3applicationcredential)");
        }
        String region = top.apply("region_name");
        return new CloudConfig(where, CloudConfig.v3(url), credentials, region,
                CloudConfig.facing(first(top.apply("interface"), top.apply("endpoint_type")), where));
    }

    private static Credentials password(String where, Function<String, String> auth) {
        Credentials.UserRef user = user(auth);
        String password = auth.apply("password");
        if (user.name() == null && user.id() == null) {
            throw VgpubenchException.badInput(where + ": username (or user_id) is missing");
        }
        if (password == null) {
            throw VgpubenchException.badInput(where + ": password is missing (put it in secure.yaml or OS_PASSWORD)");
        }
        String projectId = first(auth.apply("project_id"), auth.apply("tenant_id"));
        String projectName = first(auth.apply("project_name"), auth.apply("tenant_name"));
        if (projectId == null && projectName == null) {
            throw VgpubenchException.badInput(where + ": project_name (or project_id) is missing");
        }
        String domainName = auth.apply("domain_name");
        String domainId = auth.apply("domain_id");
        var scope = new Credentials.ProjectScope(projectId, projectName,
                first(auth.apply("project_domain_name"), domainName), first(auth.apply("project_domain_id"), domainId));
        if (scope.id() == null && scope.domainName() == null && scope.domainId() == null) {
            scope = new Credentials.ProjectScope(null, projectName, "Default", null);
        }
        return new Credentials.Password(user, password, scope);
    }

    private static Credentials applicationCredential(String where, Function<String, String> auth) {
        String id = auth.apply("application_credential_id");
        String name = auth.apply("application_credential_name");
        String secret = auth.apply("application_credential_secret");
        if (secret == null) {
            throw VgpubenchException.badInput(where + ": application_credential_secret is missing");
        }
        Credentials.UserRef user = user(auth);
        if (id == null && (name == null || (user.name() == null && user.id() == null))) {
            throw VgpubenchException.badInput(where + ": application_credential_id is missing (or give"
                    + " application_credential_name with username)");
        }
        return new Credentials.ApplicationCredential(id, name, user, secret);
    }

    private static Credentials.UserRef user(Function<String, String> auth) {
        String domainName = first(auth.apply("user_domain_name"), auth.apply("domain_name"));
        String domainId = first(auth.apply("user_domain_id"), auth.apply("domain_id"));
        return new Credentials.UserRef(auth.apply("username"), auth.apply("user_id"),
                domainName == null && domainId == null ? "Default" : domainName, domainId);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() || n.isContainerNode() ? null : blankToNull(n.asText());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
