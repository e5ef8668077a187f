package io.vgpubench.cli;

import io.vgpubench.VgpubenchException;
import io.vgpubench.cloud.Cloud;
import io.vgpubench.cloud.Clouds;
import io.vgpubench.cloud.FlavorListing;
import io.vgpubench.model.FlavorCatalog;
import io.vgpubench.model.FlavorCatalogLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `vgpubench flavors`: lists the flavor catalog as a table or as JSON. */
@Command(name = "flavors", mixinStandardHelpOptions = true,
        description = "Lists the flavor catalog (all of <vgpubench.home>/flavors unless --catalog is given).")
public final class FlavorsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--catalog", paramLabel = "FILE", description = "A catalog file to list instead (repeatable).")
    List<Path> catalogs = List.of();

    @Option(names = "--json", description = "Print JSON (one object per flavor) instead of a table.")
    boolean json;

    @Option(names = "--cloud", paramLabel = "NAME", description = "List this OpenStack cloud's GPU flavors (from"
            + " clouds.yaml; \"env\" for the OS_* variables) beside the catalog entries that name them.")
    String cloud;

    @Option(names = "--region", paramLabel = "REGION", description = "The region of --cloud (else clouds.yaml's).")
    String region;

    @Override
    public Integer call() {
        List<Path> files = catalogs.isEmpty() ? Home.catalogFiles() : catalogs;
        FlavorCatalog catalog = FlavorCatalogLoader.load(files);
        var out = spec.commandLine().getOut();
        if (cloud != null) {
            try (Cloud named = Clouds.named("env".equals(cloud) ? null : cloud, region, null,
                    spec.commandLine().getErr()::println)) {
                if (!(named instanceof FlavorListing listing)) {
                    throw VgpubenchException.badInput("cloud " + cloud + " cannot list its flavors");
                }
                out.print(CloudFlavorTable.text(listing.gpuFlavors(), catalog));
            }
        } else {
            out.print(json ? FlavorTable.json(catalog) : FlavorTable.text(catalog));
        }
        out.flush();
        return ExitCode.OK;
    }
}
