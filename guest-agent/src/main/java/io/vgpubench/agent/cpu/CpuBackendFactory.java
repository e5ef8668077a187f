package io.vgpubench.agent.cpu;

import io.vgpubench.agent.backend.Backend;
import io.vgpubench.agent.backend.BackendFactory;
import io.vgpubench.agent.backend.BackendOptions;
import java.util.Optional;
import java.util.function.Consumer;

/** Opens the CPU backend, which every machine can run; lowest priority, so CUDA wins under "auto". */
public final class CpuBackendFactory implements BackendFactory {
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
        return Optional.of(new CpuBackend(options.memoryFraction()));
    }
}
