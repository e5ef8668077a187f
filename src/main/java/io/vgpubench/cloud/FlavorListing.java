package io.vgpubench.cloud;

import java.util.List;

/** A cloud that lists the GPU flavors it offers, for {@code vgpubench flavors --cloud}. */
public interface FlavorListing extends Cloud {

    /** The flavors that ask for a virtual GPU, fewest vCPUs first. */
    List<GpuFlavor> gpuFlavors();

    /** A flavor as the cloud offers it: size, and how many vGPUs of which type (null where it names none). */
    record GpuFlavor(String name, int vcpus, int ramMb, int diskGb, int vgpus, String vgpuType) {}
}
