package io.vgpubench.cli;

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

    // The flavors a live cloud offers (--cloud NAME) belong here too: they come from the cloud
    // provider, not from catalog files, and print through the same FlavorTable.

    @Override
    public Integer call() {
        List<Path> files = catalogs.isEmpty() ? Home.catalogFiles() : catalogs;
        FlavorCatalog catalog = FlavorCatalogLoader.load(files);
        var out = spec.commandLine().getOut();
        out.print(json ? FlavorTable.json(catalog) : FlavorTable.text(catalog));
        out.flush();
        return ExitCode.OK;
    }
}
