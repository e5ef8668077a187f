package io.vgpubench.agent.gpu;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Live telemetry of one GPU through {@code nvidia-smi} (clocks, power, temperature per call; the
 * virtualization mode once), addressed by UUID so the CUDA device and the nvidia-smi row agree.
 */
final class NvidiaSmi implements Telemetry {
    private static final long TIMEOUT_S = 10;
    private final String command;
    private final String uuid;
    private final String virtualization;

    private NvidiaSmi(String command, String uuid) {
        this.command = command;
        this.uuid = uuid;
        this.virtualization = run("-q", "-i", uuid).map(SmiReading::virtualization).orElse(null);
    }

    /** nvidia-smi for the GPU with this UUID, or empty when the tool is absent or does not know the GPU. */
    static Optional<NvidiaSmi> find(String uuid) {
        String command = System.getenv().getOrDefault("VGPU_NVIDIA_SMI", "nvidia-smi");
        NvidiaSmi smi = new NvidiaSmi(command, uuid);
        return smi.read().isPresent() ? Optional.of(smi) : Optional.empty();
    }

    @Override
    public String virtualization() {
        return virtualization;
    }

    @Override
    public String source() {
        return "nvidia-smi";
    }

    @Override
    public Optional<SmiReading> read() {
        return run("--query-gpu=" + SmiReading.FIELDS, "--format=csv,noheader,nounits", "-i", uuid)
                .flatMap(out -> {
                    try {
                        return Optional.of(SmiReading.parse(out.lines().findFirst().orElse("")));
                    } catch (IllegalArgumentException e) {
                        return Optional.empty();
                    }
                });
    }

    /** What {@code nvidia-smi -q -i <uuid>} prints, once, or empty where the tool is absent or fails. */
    static Optional<String> query(String uuid) {
        if (uuid == null) {
            return Optional.empty();
        }
        return exec(System.getenv().getOrDefault("VGPU_NVIDIA_SMI", "nvidia-smi"), "-q", "-i", uuid);
    }

    /** What {@code nvidia-smi} prints with these arguments ({@code -L}; none for the plain tables), or empty. */
    static Optional<String> print(String... args) {
        return exec(System.getenv().getOrDefault("VGPU_NVIDIA_SMI", "nvidia-smi"), args);
    }

    private Optional<String> run(String... args) {
        return exec(command, args);
    }

    private static Optional<String> exec(String command, String... args) {
        List<String> cmd = new ArrayList<>(List.of(command));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getOutputStream().close();
            try (InputStream in = p.getInputStream()) {
                String out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return Optional.empty();
                }
                return p.exitValue() == 0 ? Optional.of(out) : Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
