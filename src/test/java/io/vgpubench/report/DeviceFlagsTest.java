package io.vgpubench.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.contract.event.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facts of nvidia-smi -q in the report: an unlicensed vGPU and clocks slowed for anything but the power cap are
 * warned about by instance, and the device facts table shows license, MIG, ECC, reserved memory and clock events.
 */
class DeviceFlagsTest {
    @TempDir
    Path dir;

    @Test
    void anUnlicensedVgpuAndAThermalSlowdownAreWarnedAboutAndTheFactsAreTabled() throws Exception {
        Map<String, Object> licensed = Map.of("name", "NVIDIA H200", "virtualization", "passthrough",
                "mig_mode", "Disabled", "ecc_mode", "Enabled", "memory_reserved_bytes", 567L * 1024 * 1024,
                "clock_event_reasons", List.of("sw_power_cap"));
        Map<String, Object> unlicensed = Map.of("name", "GRID V100DX-8Q", "virtualization", "vgpu",
                "vgpu_product", "NVIDIA RTX Virtual Workstation", "license_status", "Unlicensed (Restricted)",
                "clock_event_reasons", List.of("hw_slowdown", "hw_thermal_slowdown"));
        List<Sample> samples = new ArrayList<>();
        for (int rep = 1; rep <= 3; rep++) {
            samples.add(Fixtures.sample("bare", "gemm", "tflops", "TFLOP/s", true, rep, 60 + rep * 0.1, licensed));
            samples.add(Fixtures.sample("v100-8q", "gemm", "tflops", "TFLOP/s", true, rep, 20 + rep * 0.1, unlicensed));
        }

        Report r = Reports.write(dir, ReportInput.fromSamples("c-flags", "bare", Map.of(), samples, List.of(),
                List.of(), List.of()));

        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).startsWith("v100-8q-0 (v100-8q): the vGPU is"
                + " unlicensed (License Status: Unlicensed (Restricted))"));
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).isEqualTo("v100-8q-0 (v100-8q): 3 of 3 sample(s)"
                + " taken while the card slowed its clocks for hw_slowdown, hw_thermal_slowdown (not its power cap)"));
        assertThat(r.warnings()).noneMatch(w -> w.startsWith("bare-0"));
        String md = Files.readString(dir.resolve("report.md"));
        assertThat(md).contains("| Reserved GiB | Virtualization | vGPU license | MIG | ECC | Clock events |")
                .contains("| 0.55 | passthrough | – | Disabled | Enabled | sw_power_cap |")
                .contains("| – | vgpu | NVIDIA RTX Virtual Workstation: Unlicensed (Restricted) | – | – |"
                        + " hw_slowdown, hw_thermal_slowdown |");
        assertThat(Files.readString(dir.resolve("report.html"))).contains("<th>vGPU license</th>");
    }

    @Test
    void aTaskInAMigInstanceShowsItsProfileIdsAndMemoryBesideTheMigModeInBothReports() throws Exception {
        Map<String, Object> mig = Map.of("name", "NVIDIA H200 MIG 3g.71gb", "virtualization", "passthrough",
                "mig_mode", "Enabled", "mig_instance", Map.of("profile", "3g.71gb", "uuid", "MIG-0d7c",
                        "gpu_instance_id", 2, "compute_instance_id", 0, "memory_bytes", 71424L * 1024 * 1024,
                        "source", "nvidia-smi -L, nvidia-smi"));
        Map<String, Object> whole = Map.of("name", "NVIDIA H200", "mig_mode", "Disabled");
        List<Sample> samples = new ArrayList<>();
        for (int rep = 1; rep <= 3; rep++) {
            samples.add(Fixtures.sample("bare", "gemm", "tflops", "TFLOP/s", true, rep, 60 + rep * 0.1, whole));
            samples.add(Fixtures.sample("h200-3g", "gemm", "tflops", "TFLOP/s", true, rep, 27 + rep * 0.1, mig));
        }

        Reports.write(dir, ReportInput.fromSamples("c-mig", "bare", Map.of(), samples, List.of(), List.of(),
                List.of()));

        String md = Files.readString(dir.resolve("report.md"));
        assertThat(md).contains("| Enabled: 3g.71gb (GI 2, CI 0, 69.8 GiB) |").contains("| Disabled |");
        assertThat(Files.readString(dir.resolve("report.html")))
                .contains("<td>Enabled: 3g.71gb (GI 2, CI 0, 69.8 GiB)</td>");
    }
}
