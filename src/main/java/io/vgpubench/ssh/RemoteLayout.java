package io.vgpubench.ssh;

import io.vgpubench.cloud.CampaignId;
import java.util.regex.Pattern;

/**
 * Where a campaign's files live on a host, relative to the login directory:
 * {@code .vgpubench/<campaign>/} holds the bundle tarball, the unpacked agent and one folder per run.
 */
public record RemoteLayout(CampaignId campaign) {
    private static final Pattern RUN_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    public static final String ROOT = ".vgpubench";

    public String dir() {
        return ROOT + "/" + campaign.value();
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

    public String runDir(String runKey) {
        if (!RUN_KEY.matcher(runKey).matches()) {
            throw new IllegalArgumentException("not a run key (letters, digits, . _ -): " + runKey);
        }
        return dir() + "/runs/" + runKey;
    }
}
