package io.vgpubench.cli;

import picocli.CommandLine;

/** The version from the jar's manifest (or "dev" when run from classes). */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"vgpubench " + (v == null ? "dev" : v)};
    }
}
