package io.vgpubench.agent.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CudaBackendFactoryReasonTest {
    @Test
    void keepsTheFirstReasonOfJnasListOfPlacesItLooked() {
        // JNA's message for a missing library, as seen on this machine (2026-11-25)
        String jna = "Unable to load library 'libcuda.so.1':\nlibcuda.so.1: cannot open shared object file: No such file"
                + " or directory\nlibcuda.so.1: cannot open shared object file: No such file or directory\nNative library"
                + " (linux-x86-64/libcuda.so.1) not found in resource path (/x/agent.jar)";
        assertThat(CudaBackendFactory.firstReason(jna))
                .isEqualTo("libcuda.so.1: cannot open shared object file: No such file or directory");
        assertThat(CudaBackendFactory.firstReason("plain reason")).isEqualTo("plain reason");
    }
}
