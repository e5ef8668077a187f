package io.vgpubench.cloud.openstack;

import io.vgpubench.cloud.FlavorListing.GpuFlavor;
import java.util.Comparator;
import java.util.List;
import org.openstack4j.api.OSClient.OSClientV3;

/** The GPU flavors a cloud offers the project: those whose extra specs ask for {@code resources:VGPU}. */
final class GpuFlavors {
    private GpuFlavors() {}

    static List<GpuFlavor> list(OSClientV3 os, Os4j os4j) {
        return os4j.call("listing flavors", () -> os.compute().flavors().list()).stream()
                .map(f -> Lookup.facts(os4j, os, f))
                .filter(f -> f.vgpus() > 0)
                .sorted(Comparator.comparingInt(CloudFlavor::vcpus).thenComparing(CloudFlavor::name))
                .map(f -> new GpuFlavor(f.name(), f.vcpus(), f.ramMb(), f.diskGb(), f.vgpus(), f.vgpuType()))
                .toList();
    }
}
