package io.vgpubench.agent.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.agent.backend.BackendFactory;
import io.vgpubench.agent.backend.BackendOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class CudaBackendFactoryTest {

    @Test
    void isRegisteredAsTheCudaBackendPreferredOverCpu() {
        assertThat(ServiceLoader.load(BackendFactory.class).stream().map(ServiceLoader.Provider::get))
                .anySatisfy(f -> {
                    assertThat(f).isInstanceOf(CudaBackendFactory.class);
                    assertThat(f.name()).isEqualTo("cuda");
                    assertThat(f.priority()).isEqualTo(10);
                });
    }

    @Test
    void withoutTheDriverLibraryReturnsEmptyAndSaysWhyInOneLine() {
        List<String> reasons = new ArrayList<>();
        var backend = new CudaBackendFactory("libcuda-absent-for-test.so.1").open(new BackendOptions(1.0, 0), reasons::add);
        assertThat(backend).isEmpty();
        assertThat(reasons).singleElement().asString()
                .startsWith("no CUDA driver: libcuda-absent-for-test.so.1 does not load").doesNotContain("\n");
    }

    @Test
    void onThisMachineEitherOpensOrExplainsWithoutThrowing() {
        List<String> reasons = new ArrayList<>();
        var backend = new CudaBackendFactory().open(new BackendOptions(1.0, 0), reasons::add);
        backend.ifPresent(b -> b.close());
        assertThat(backend.isPresent() ^ reasons.size() == 1).isTrue();
    }

    @Test
    void aDeviceIndexNobodyHasIsRefusedWithAReason() {
        List<String> reasons = new ArrayList<>();
        var backend = new CudaBackendFactory().open(new BackendOptions(1.0, 4096), reasons::add);
        assertThat(backend).isEmpty();
        assertThat(reasons).hasSize(1);
    }

    @Test
    void gpuBenchExitsThreeWithTheReasonWhenNoBackendOpens() throws InterruptedException {
        if (new CudaBackendFactory().open(new BackendOptions(1.0, 0), r -> { }).map(b -> {
            b.close();
            return true;
        }).orElse(false)) {
            return; // a machine with a GPU: covered by GpuDeviceTest
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GpuBench.run(new String[] {"launch"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("gpubench: no CUDA");
    }
}
