package io.vgpubench.cli;

import io.vgpubench.model.FlavorCatalogLoader;
import io.vgpubench.model.PlaybookLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * The vgpubench installation folder ({@code vgpubench.home}, set by bin/vgpubench; else the working
 * directory) and what lives there: the flavor catalogs and the agent bundle.
 */
public final class Home {
    public static final String PROPERTY = "vgpubench.home";

    private Home() {}

    public static Path resolve() {
        String home = System.getProperty(PROPERTY);
        return (home == null || home.isBlank() ? Path.of("") : Path.of(home)).toAbsolutePath().normalize();
    }

    /** {@code <home>/flavors}, where the shipped catalogs are. */
    public static Path flavorsDir() {
        return resolve().resolve("flavors");
    }

    /** Every shipped catalog file. */
    public static List<Path> catalogFiles() {
        return FlavorCatalogLoader.catalogFiles(flavorsDir());
    }

    /** A playbook loader that sees every shipped catalog. */
    public static PlaybookLoader playbookLoader() {
        return new PlaybookLoader(catalogFiles());
    }
}
