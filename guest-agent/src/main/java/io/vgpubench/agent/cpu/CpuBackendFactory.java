package io.vgpubench.agent.cpu;

import io.vgpubench.agent.backend.Backend;
import io.vgpubench.agent.backend.BackendFactory;
import io.vgpubench.agent.backend.BackendOptions;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Opens the CPU backend, which every machine can run; lowest priority, so CUDA wins under "auto".
 * It is one card, unless the test aid {@value #FAKE_DEVICES} (environment variable) or the system
 * property {@value #FAKE_DEVICES_PROPERTY} says N: then it claims N cards, each a separate CPU
 * backend on the same cores, so the several-cards code paths (each card in turn, all at once, node
 * totals, scaling efficiency) can be exercised without a GPU. Figures measured that way describe
 * nothing real: the fake cards share one CPU.
 */
public final class CpuBackendFactory implements BackendFactory {
    public static final String FAKE_DEVICES = "VGPUBENCH_FAKE_DEVICES";
    public static final String FAKE_DEVICES_PROPERTY = "vgpubench.fakeDevices";

    @Override
    public String name() {
        return "cpu";
    }

    @Override
    public int priority() {
        return 0;
    }

    @Override
    public Optional<Backend> open(BackendOptions options, Consumer<String> why) {
        if (options.deviceIndex() < 0 || options.deviceIndex() >= deviceCount()) {
            why.accept("no CPU device " + options.deviceIndex() + ": the CPU backend is " + deviceCount() + " device(s)");
            return Optional.empty();
        }
        return Optional.of(new CpuBackend(options.memoryFraction()));
    }

    @Override
    public int deviceCount() {
        String n = System.getProperty(FAKE_DEVICES_PROPERTY, System.getenv(FAKE_DEVICES));
        if (n == null || n.isBlank()) {
            return 1;
        }
        try {
            return Math.max(1, Integer.parseInt(n.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
