package io.vgpubench.cloud.openstack.auth;

/**
 * How to log in to Keystone v3: a password, or an application credential (Jetstream2's only API login).
 * Every record hides its secret from {@code toString()}.
 */
public sealed interface Credentials {

    /** A user's password, scoped to a project given by id or by name and domain. */
    record Password(UserRef user, String password, ProjectScope scope) implements Credentials {
        @Override
        public String toString() {
            return "Password[" + user + " in " + scope + ", password hidden]";
        }
    }

    /**
     * An application credential by id, or by name with its user; it carries its own project scope.
     */
    record ApplicationCredential(String id, String name, UserRef user, String secret) implements Credentials {
        @Override
        public String toString() {
            return "ApplicationCredential[" + (id != null ? id : name + " of " + user) + ", secret hidden]";
        }
    }

    /** A user by id, or by name within a domain (by name or id; "Default" when neither is given). */
    record UserRef(String name, String id, String domainName, String domainId) {
        @Override
        public String toString() {
            return name != null ? "user " + name : "user id " + id;
        }
    }

    /** A project by id, or by name within a domain (by name or id). */
    record ProjectScope(String id, String name, String domainName, String domainId) {
        @Override
        public String toString() {
            return id != null ? "project " + id : "project " + name + " (domain " + (domainName != null ? domainName
                    : domainId) + ")";
        }
    }
}
