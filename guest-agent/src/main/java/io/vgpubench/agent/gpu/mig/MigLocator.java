package io.vgpubench.agent.gpu.mig;

import io.vgpubench.contract.event.MigInstance;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Which MIG instance this task runs in, from {@code nvidia-smi -L}: the one {@code CUDA_VISIBLE_DEVICES} names
 * ({@code MIG-<uuid>}, the entry for the CUDA device opened), else the one whose UUID the CUDA device reports, else the
 * only MIG device listed (a container handed one instance). Its ids and memory come from the plain table where it
 * lists the device, else from the card's {@code nvidia-smi -q} "MIG Devices", else (the ids) from a pre-R470 name. Empty where the card is not in MIG mode or the instance can't be told.
 */
public final class MigLocator {
    private MigLocator() {}

    /**
     * @param listing     what {@code nvidia-smi -L} printed
     * @param visible     CUDA_VISIBLE_DEVICES, or null
     * @param cudaIndex   the CUDA device opened, an index into the visible devices
     * @param cudaUuid    the UUID the CUDA device reports (formatted "GPU-..." whatever it is), or null
     * @param table       plain {@code nvidia-smi}, asked for only once an instance is found; empty if it failed
     * @param query       {@code nvidia-smi -q -i} of a card's UUID, asked for where the table lacks the instance
     */
    public static Optional<MigInstance> locate(String listing, String visible, int cudaIndex, String cudaUuid,
                                               Supplier<Optional<String>> table,
                                               Function<String, Optional<String>> query) {
        List<MigListing.Device> devices = MigListing.parse(listing);
        Optional<MigListing.Device> ours = byVisible(devices, visible, cudaIndex)
                .or(() -> byHex(devices, cudaUuid))
                .or(() -> devices.size() == 1 ? Optional.of(devices.get(0)) : Optional.empty());
        return ours.map(d -> withIds(d, table, query));
    }

    private static MigInstance withIds(MigListing.Device d, Supplier<Optional<String>> table,
                                       Function<String, Optional<String>> query) {
        Optional<MigTable.Row> row = table.get().map(MigTable::parse).orElse(List.of()).stream()
                .filter(r -> r.gpuIndex() == d.gpuIndex() && r.device() == d.device()).findFirst();
        if (row.isPresent()) {
            MigTable.Row r = row.get();
            return new MigInstance(d.profile(), d.uuid(), r.gpuInstanceId(), r.computeInstanceId(), r.memoryBytes(),
                    "nvidia-smi -L, nvidia-smi");
        }
        Optional<MigQuery.Device> q = query.apply(d.gpuUuid()).map(MigQuery::parse).orElse(List.of()).stream()
                .filter(x -> x.device() == d.device()).findFirst();
        if (q.isPresent()) {
            MigQuery.Device x = q.get();
            return new MigInstance(d.profile(), d.uuid(), x.gpuInstanceId(), x.computeInstanceId(), x.memoryBytes(),
                    "nvidia-smi -L, nvidia-smi -q");
        }
        Integer[] ids = d.idsInName();
        return new MigInstance(d.profile(), d.uuid(), ids == null ? null : ids[0], ids == null ? null : ids[1], null,
                "nvidia-smi -L");
    }

    private static Optional<MigListing.Device> byVisible(List<MigListing.Device> devices, String visible, int index) {
        if (visible == null || visible.isBlank()) {
            return Optional.empty();
        }
        String[] entries = visible.split(",");
        if (index < 0 || index >= entries.length || !entries[index].strip().startsWith("MIG-")) {
            return Optional.empty();
        }
        String entry = entries[index].strip();
        return devices.stream().filter(d -> d.uuid().equalsIgnoreCase(entry)).findFirst();
    }

    private static Optional<MigListing.Device> byHex(List<MigListing.Device> devices, String cudaUuid) {
        if (cudaUuid == null) {
            return Optional.empty();
        }
        String hex = hex(cudaUuid);
        return devices.stream().filter(d -> hex(d.uuid()).equals(hex)).findFirst();
    }

    private static String hex(String uuid) {
        return uuid.replaceFirst("^(GPU|MIG)-", "").toLowerCase(Locale.ROOT);
    }
}
