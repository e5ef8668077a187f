package io.vgpubench.ssh;

/**
 * Where a campaign's files live on a host, relative to the login directory:
 * {@code .vgpubench/<campaign>/} holds the bundle tarball, the unpacked agent and one folder per run.
 */
public record RemoteLayout(String campaign) {
    public static final String ROOT = ".vgpubench";

    public String dir() {
        return ROOT + "/" + campaign;
    }

    public String bundleTarball() {
        return dir() + "/agent-bundle.tar.gz";
    }

    /** Where an interrupted upload lands before it is verified and renamed. */
    public String bundleUpload() {
        return bundleTarball() + ".part";
    }

    public String agentHome() {
        return dir() + "/vgpubench-agent";
    }

    /** The marker holding the SHA-256 of the tarball the agent folder was unpacked from. */
    public String unpackedMarker() {
        return agentHome() + "/.bundle-sha256";
    }

    public String agentCommand() {
        return agentHome() + "/bin/vgpu-agent";
    }

    /** The folder of the campaign's run folders (see the run protocol). */
    public String runs() {
        return dir() + "/runs";
    }
}
