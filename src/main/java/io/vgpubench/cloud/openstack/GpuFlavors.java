package io.vgpubench.cloud.openstack;

import io.vgpubench.cloud.openstack.api.ApiHttp;
import io.vgpubench.cloud.openstack.api.RetrySettings;
import io.vgpubench.cloud.openstack.auth.CloudConfig;
import io.vgpubench.cloud.openstack.auth.Session;
import java.util.Comparator;
import java.util.List;
import org.openstack4j.api.OSClient.OSClientV3;

/** The GPU flavors a cloud offers the project: those whose extra specs ask for {@code resources:VGPU}. */
public final class GpuFlavors {
    private GpuFlavors() {}

    public static List<CloudFlavor> list(CloudConfig config) {
        Session session = Session.login(config, new ApiHttp(RetrySettings.standard()));
        Os4j os4j = new Os4j(RetrySettings.standard());
        OSClientV3 os = session.os();
        return os4j.call("listing flavors", () -> os.compute().flavors().list()).stream()
                .map(f -> Lookup.facts(os4j, os, f))
                .filter(f -> f.vgpus() > 0)
                .sorted(Comparator.comparingInt(CloudFlavor::vcpus).thenComparing(CloudFlavor::name))
                .toList();
    }
}
