package io.vgpubench.agent.gpu.mig;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The MIG devices {@code nvidia-smi -L} lists under each GPU, e.g.
 * {@code   MIG 3g.71gb     Device  0: (UUID: MIG-6a5f...)} below {@code GPU 0: NVIDIA H200 (UUID: GPU-...)}. Drivers
 * before R470 named a MIG device by its card, GPU instance and compute instance ({@code MIG-GPU-<uuid>/1/0}); those
 * ids are read from such a name. Lines of another shape are skipped: a listing with none yields no devices.
 */
public final class MigListing {
    private static final Pattern GPU = Pattern.compile("^GPU\\s+(\\d+):.*\\(UUID:\\s*(GPU-[^)\\s]+)\\)");
    private static final Pattern MIG = Pattern.compile("^\\s+MIG\\s+(\\S+)\\s+Device\\s+(\\d+):\\s*\\(UUID:\\s*(MIG-[^)\\s]+)\\)");
    private static final Pattern OLD_UUID = Pattern.compile("^MIG-GPU-[0-9a-fA-F-]+/(\\d+)/(\\d+)$");

    private MigListing() {}

    /** One MIG device: its card's index and UUID, its profile, its index under the card, its own UUID. */
    public record Device(int gpuIndex, String gpuUuid, String profile, int device, String uuid) {
        /** The GPU and compute instance ids that a pre-R470 name carries, or null. */
        Integer[] idsInName() {
            Matcher m = OLD_UUID.matcher(uuid);
            return m.matches() ? new Integer[] {Integer.valueOf(m.group(1)), Integer.valueOf(m.group(2))} : null;
        }
    }

    public static List<Device> parse(String listing) {
        List<Device> out = new ArrayList<>();
        Integer gpu = null;
        String gpuUuid = null;
        for (String line : listing.split("\\R")) {
            Matcher g = GPU.matcher(line);
            if (g.find()) {
                gpu = Integer.valueOf(g.group(1));
                gpuUuid = g.group(2);
                continue;
            }
            Matcher m = MIG.matcher(line);
            if (gpu != null && m.find()) {
                out.add(new Device(gpu, gpuUuid, m.group(1), Integer.parseInt(m.group(2)), m.group(3)));
            }
        }
        return List.copyOf(out);
    }
}
