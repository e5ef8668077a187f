package io.vgpubench.cli;

import io.vgpubench.cloud.FlavorListing.GpuFlavor;
import io.vgpubench.model.Flavor;
import io.vgpubench.model.FlavorCatalog;
import java.util.stream.Collectors;

/** A cloud's GPU flavors as a table, each beside the catalog entries that name it ("-" where none does). */
final class CloudFlavorTable {
    private CloudFlavorTable() {}

    static String text(java.util.List<GpuFlavor> flavors, FlavorCatalog catalog) {
        if (flavors.isEmpty()) {
            return "The cloud offers no flavor with resources:VGPU in its extra specs.\n";
        }
        TextTable t = new TextTable("CLOUD FLAVOR", "VCPUS", "RAM GB", "DISK GB", "VGPU", "VGPU TYPE", "CATALOG",
                "PROFILE");
        for (GpuFlavor f : flavors) {
            var entries = catalog.flavors().values().stream().filter(c -> f.name().equals(cloudName(c))).toList();
            t.row(f.name(), f.vcpus(), FlavorTable.number(f.ramMb() / 1024.0), f.diskGb(), f.vgpus(),
                    f.vgpuType() == null ? "-" : f.vgpuType(),
                    entries.isEmpty() ? "-" : entries.stream().map(Flavor::name).collect(Collectors.joining(", ")),
                    entries.isEmpty() ? "-" : entries.stream().map(Flavor::profile).distinct()
                            .collect(Collectors.joining(", ")));
        }
        return t.render("");
    }

    private static String cloudName(Flavor f) {
        return f.cloudFlavor() != null ? f.cloudFlavor() : f.name();
    }
}
