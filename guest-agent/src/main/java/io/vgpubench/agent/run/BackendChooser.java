package io.vgpubench.agent.run;

import io.vgpubench.agent.backend.Backend;
import io.vgpubench.agent.backend.BackendFactory;
import io.vgpubench.agent.backend.BackendOptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Consumer;

/**
 * Opens the backend a spec asks for. Under "auto" the highest-priority factory that opens wins; when
 * that is not CUDA, one warning says why CUDA could not be used.
 */
public final class BackendChooser {
    private final List<BackendFactory> factories;

    public BackendChooser(List<BackendFactory> factories) {
        this.factories = factories.stream().sorted(Comparator.comparingInt(BackendFactory::priority).reversed()).toList();
    }

    /** The factories on the class path (META-INF/services). */
    public static BackendChooser installed() {
        List<BackendFactory> found = new ArrayList<>();
        ServiceLoader.load(BackendFactory.class).forEach(found::add);
        return new BackendChooser(found);
    }

    public Backend open(String choice, BackendOptions options, Consumer<String> warn) throws NoBackendException {
        return openFirst(choice, options, warn).backend();
    }

    /**
     * The chosen backend's cards: card 0 opened now (choosing the backend as {@link #open} does), the
     * others through the same factory when a run first uses them.
     */
    public Cards openCards(String choice, double memoryFraction, Consumer<String> warn) throws NoBackendException {
        Opened first = openFirst(choice, new BackendOptions(memoryFraction, 0), warn);
        BackendFactory factory = first.factory();
        return new Cards(first.backend(), factory.deviceCount(), index -> {
            List<String> why = new ArrayList<>();
            return open(factory, new BackendOptions(memoryFraction, index), why::add).orElseThrow(() ->
                    new NoBackendException("card " + index + " of the " + factory.name() + " backend did not open: "
                            + String.join("; ", why)));
        });
    }

    private record Opened(BackendFactory factory, Backend backend) {}

    private Opened openFirst(String choice, BackendOptions options, Consumer<String> warn) throws NoBackendException {
        String wanted = choice == null ? "auto" : choice;
        List<String> reasons = new ArrayList<>();
        for (BackendFactory factory : factories) {
            if (!wanted.equals("auto") && !wanted.equals(factory.name())) {
                continue;
            }
            List<String> why = new ArrayList<>();
            Optional<Backend> backend = open(factory, options, why::add);
            if (backend.isPresent()) {
                if (wanted.equals("auto") && !factory.name().equals("cuda")) {
                    warn.accept("no CUDA device or driver: " + cudaReason(reasons) + "; using the " + factory.name().toUpperCase(java.util.Locale.ROOT) + " backend");
                }
                return new Opened(factory, backend.get());
            }
            reasons.add(factory.name() + ": " + (why.isEmpty() ? "did not open" : String.join("; ", why)));
        }
        throw new NoBackendException(reasons.isEmpty()
                ? "no backend named '" + wanted + "' in this agent"
                : "no backend could start: " + String.join(" | ", reasons));
    }

    private static Optional<Backend> open(BackendFactory factory, BackendOptions options, Consumer<String> why) {
        try {
            return factory.open(options, why);
        } catch (RuntimeException | LinkageError e) {
            why.accept(e.toString());
            return Optional.empty();
        }
    }

    private static String cudaReason(List<String> reasons) {
        return reasons.stream().filter(r -> r.startsWith("cuda: ")).map(r -> r.substring(6)).findFirst()
                .orElse("this agent has no CUDA backend");
    }
}
