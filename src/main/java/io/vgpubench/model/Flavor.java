package io.vgpubench.model;

/**
 * A catalog entry: a cloud flavor and the vGPU behind it.
 *
 * @param name          the name playbooks use (e.g. "g3.small", "v100-8q", "local")
 * @param cloudFlavor   the flavor name on the cloud (may equal name)
 * @param profile       the vGPU profile (e.g. "GRID V100-8Q", "A100-10C"), or "bare" / "local"
 * @param frameBufferGb the frame buffer the profile allots, in GB
 * @param shareFraction the fraction of the physical card allotted (0 < f <= 1)
 * @param physicalGpu   e.g. "NVIDIA A100 40GB"
 * @param scheduler     "best-effort", "equal-share", "fixed", or null where it does not apply
 * @param vcpus         vCPUs of the flavor, or null
 * @param ramGb         RAM of the flavor in GB, or null
 * @param source        where the figures come from
 * @param unconfirmed   true where a figure could not be confirmed (the catalog says which in {@code notes})
 * @param partition     how the share is enforced on the local cloud (time-sliced unless the catalog says MPS)
 * @param cost          what an instance of it costs an hour, or null where the catalog does not say
 */
public record Flavor(String name, String cloudFlavor, String profile, Double frameBufferGb, double shareFraction,
                     String physicalGpu, String scheduler, Integer vcpus, Double ramGb, String source,
                     boolean unconfirmed, String notes, Partition partition, Cost cost) {
    public Flavor {
        partition = partition == null ? Partition.timeSlice() : partition;
    }

    /** Without a cost. */
    public Flavor(String name, String cloudFlavor, String profile, Double frameBufferGb, double shareFraction,
                  String physicalGpu, String scheduler, Integer vcpus, Double ramGb, String source,
                  boolean unconfirmed, String notes, Partition partition) {
        this(name, cloudFlavor, profile, frameBufferGb, shareFraction, physicalGpu, scheduler, vcpus, ramGb, source,
                unconfirmed, notes, partition, null);
    }

    /** A time-sliced flavor. */
    public Flavor(String name, String cloudFlavor, String profile, Double frameBufferGb, double shareFraction,
                  String physicalGpu, String scheduler, Integer vcpus, Double ramGb, String source,
                  boolean unconfirmed, String notes) {
        this(name, cloudFlavor, profile, frameBufferGb, shareFraction, physicalGpu, scheduler, vcpus, ramGb, source,
                unconfirmed, notes, null, null);
    }

    public boolean isMps() {
        return partition instanceof Partition.Mps;
    }
}
