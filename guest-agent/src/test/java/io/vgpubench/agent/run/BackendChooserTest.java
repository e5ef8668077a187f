package io.vgpubench.agent.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vgpubench.agent.backend.Backend;
import io.vgpubench.agent.backend.BackendFactory;
import io.vgpubench.agent.backend.BackendOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class BackendChooserTest {
    private final List<String> warnings = new ArrayList<>();
    private final BackendOptions options = new BackendOptions(1.0, 0);

    private static BackendFactory factory(String name, int priority, String failure) {
        return new BackendFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int priority() {
                return priority;
            }

            @Override
            public Optional<Backend> open(BackendOptions options, Consumer<String> why) {
                if (failure != null) {
                    why.accept(failure);
                    return Optional.empty();
                }
                return Optional.of(new ScriptedBackend());
            }
        };
    }

    @Test
    void autoFallsBackToTheCpuWithOneWarningGivingTheCudaReason() throws Exception {
        BackendChooser chooser = new BackendChooser(List.of(factory("cpu", 0, null), factory("cuda", 10, "libcuda.so.1 not found")));

        assertThat(chooser.open("auto", options, warnings::add)).isNotNull();
        assertThat(warnings).containsExactly("no CUDA device or driver: libcuda.so.1 not found; using the CPU backend");
    }

    @Test
    void autoTakesTheHighestPriorityBackendThatOpensWithoutWarning() throws Exception {
        BackendChooser chooser = new BackendChooser(List.of(factory("cpu", 0, "never"), factory("cuda", 10, null)));

        chooser.open(null, options, warnings::add);

        assertThat(warnings).isEmpty();
    }

    @Test
    void anExplicitBackendThatCannotOpenIsAnErrorNotAFallback() {
        BackendChooser chooser = new BackendChooser(List.of(factory("cpu", 0, null), factory("cuda", 10, "no device")));

        assertThatThrownBy(() -> chooser.open("cuda", options, warnings::add))
                .isInstanceOf(NoBackendException.class).hasMessageContaining("cuda: no device");
        assertThat(warnings).isEmpty();
    }

    @Test
    void aBackendThatIsNotInstalledIsNamedInTheError() {
        BackendChooser chooser = new BackendChooser(List.of(factory("cpu", 0, null)));

        assertThatThrownBy(() -> chooser.open("cuda", options, warnings::add)).hasMessage("no backend named 'cuda' in this agent");
    }
}
