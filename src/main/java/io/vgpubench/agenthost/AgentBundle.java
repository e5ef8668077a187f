package io.vgpubench.agenthost;

import java.nio.file.Path;

/**
 * The built agent bundle: its folder (bin/vgpu-agent, lib/, runtime/), its tar.gz for upload, and
 * the tarball's SHA-256 (hex), used to skip uploads of a bundle already present and to verify one.
 */
public record AgentBundle(Path directory, Path tarball, String sha256, String version) {
}
