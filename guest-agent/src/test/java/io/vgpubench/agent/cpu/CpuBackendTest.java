package io.vgpubench.agent.cpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vgpubench.contract.event.DeviceFacts;
import io.vgpubench.agent.backend.Measurement;
import io.vgpubench.agent.backend.Parameters;
import io.vgpubench.agent.backend.PreparedWorkload;
import io.vgpubench.agent.backend.Verification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CpuBackendTest {
    private final CpuBackend backend = new CpuBackend(0.25);

    @AfterEach
    void close() {
        backend.close();
    }

    private PreparedWorkload prepare(String workload, Map<String, String> params) throws Exception {
        return backend.prepare(workload, new Parameters(params).withDefaults(backend.defaults(workload)));
    }

    @Test
    void memcopyVerifiesTheCopyAndCountsBytesReadAndWritten() throws Exception {
        try (PreparedWorkload copy = prepare("memcopy", Map.of("bytes", String.valueOf(1 << 20)))) {
            Verification check = copy.verify();
            assertThat(check.passed()).isTrue();
            assertThat(check.detail()).isEqualTo("all 131072 words copied");
            assertThat(copy.measure()).singleElement().satisfies(m -> {
                assertThat(m.metric()).isEqualTo("bandwidth");
                assertThat(m.unit()).isEqualTo("GB/s");
                assertThat(m.value()).isPositive();
            });
        }
    }

    @Test
    void memcopyRefusesSizesThatAreNotWholeWords() {
        assertThatThrownBy(() -> prepare("memcopy", Map.of("bytes", "1001"))).hasMessageContaining("multiple of 8");
    }

    @Test
    void vgg16RunsAllSixteenLayersVerifiedAtASmallScale() throws Exception {
        assertThat(backend.defaults("vgg16")).containsEntry("scale", "8");
        try (PreparedWorkload vgg = prepare("vgg16", Map.of("scale", "64", "batch", "2"))) {
            Verification check = vgg.verify();
            assertThat(check.passed()).as(check.toString()).isTrue();
            assertThat(check.detail()).contains("all 16 layers");
            assertThat(vgg.measure().get(0).metric()).isEqualTo("images_per_second");
        }
    }

    @Test
    void memprobeAllocatesUpToTheCapAndReportsTheShortfall() throws Exception {
        try (PreparedWorkload probe = new CpuBackend(0.02).prepare("memprobe", new Parameters(Map.of("chunk_mb", "1")))) {
            assertThat(probe.verify().passed()).isTrue();
            List<Measurement> m = probe.measure();
            assertThat(m).extracting(Measurement::metric).containsExactly("reported_free", "allocatable", "shortfall_pct");
            double reported = m.get(0).value();
            assertThat(m.get(1).value()).isPositive().isLessThanOrEqualTo(0.02 * reported + 1);
            assertThat(m.get(2).value()).isBetween(0.0, 100.0);
            assertThat(m.get(2).higherIsBetter()).isFalse();
        }
    }

    @Test
    void gpuOnlyWorkloadsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> prepare("launch", Map.of())).hasMessage("workload launch needs the CUDA backend");
        assertThat(backend.workloads()).containsExactly("gemm", "memcopy", "memprobe", "vgg16");
    }

    @Test
    void factsNameTheCpuModelAndSayNoVirtualGpu(@TempDir Path dir) throws Exception {
        Path cpuinfo = Files.writeString(dir.resolve("cpuinfo"), "processor\t: 0\nmodel name\t: AMD EPYC 7763 64-Core Processor\n");

        DeviceFacts facts = new CpuFacts(cpuinfo).snapshot();

        assertThat(facts.name()).startsWith("AMD EPYC 7763 64-Core Processor (").endsWith(" cores available)");
        assertThat(facts.virtualization()).isEqualTo("none");
        assertThat(facts.memoryReportedBytes()).isEqualTo(Runtime.getRuntime().maxMemory());
        assertThat(facts.smClockMhz()).isNull();
    }
}
