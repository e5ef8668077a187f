package io.vgpubench.cloud.openstack.auth;

import java.net.URI;
import org.openstack4j.api.types.Facing;

/**
 * One cloud to log in to: where Keystone is, how to log in, and which region and interface of the
 * catalog to use. {@code source} says where it came from (a clouds.yaml entry or the OS_* variables).
 */
public record CloudConfig(String source, URI authUrl, Credentials credentials, String region, Facing facing) {

    /** Keystone's v3 root, whether the configuration named it with or without {@code /v3}. */
    public static URI v3(String authUrl) {
        String url = authUrl.strip().replaceAll("/+$", "");
        return URI.create(url.endsWith("/v3") ? url : url + "/v3");
    }

    /** {@code public}, {@code internal} or {@code admin} (also {@code publicURL} and friends) as a {@link Facing}. */
    public static Facing facing(String iface, String source) {
        if (iface == null || iface.isBlank()) {
            return Facing.PUBLIC;
        }
        return switch (iface.toLowerCase(java.util.Locale.ROOT).replace("url", "")) {
            case "public" -> Facing.PUBLIC;
            case "internal" -> Facing.INTERNAL;
            case "admin" -> Facing.ADMIN;
            default -> throw io.vgpubench.VgpubenchException.badInput(source + ": interface '" + iface
                    + "' is not one of public, internal, admin");
        };
    }

    /** The same cloud in another region (the playbook's {@code region} wins over clouds.yaml's). */
    public CloudConfig inRegion(String other) {
        return other == null ? this : new CloudConfig(source, authUrl, credentials, other, facing);
    }
}
