package io.vgpubench.agent.gpu.mig;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.contract.ContractJson;
import io.vgpubench.contract.event.DeviceFacts;
import io.vgpubench.contract.event.MigInstance;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The MIG instance a task runs in, over outputs in src/test/resources/nvidia-smi. h200-mig-listing.txt,
 * h200-mig-table.txt, h200-mig-query.txt (an H200 split 3g.71gb + 2g.35gb + 1g.18gb, driver 580) and
 * a100-mig-listing-r460.txt (the pre-R470 naming) are written after the documented format of {@code nvidia-smi -L},
 * of plain {@code nvidia-smi}'s "MIG devices" table and of {@code nvidia-smi -q}'s "MIG Devices" section (NVIDIA's MIG
 * user guide and outputs posted in public issues), not captured: this project has had no card in MIG mode. h200-passthrough-listing-captured.txt and h200-passthrough-plain-captured.txt are the lent
 * H200's own, MIG disabled, captured on 2026-12-02 (driver 580.159.04).
 */
class MigLocatorTest {
    private static String recorded(String name) throws IOException {
        try (InputStream in = MigLocatorTest.class.getResourceAsStream("/nvidia-smi/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Optional<String> table() {
        try {
            return Optional.of(recorded("h200-mig-table.txt"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anInstanceNamedByCudaVisibleDevicesHasItsProfileIdsAndMemoryFromTheListingAndTheTable() throws IOException {
        Optional<MigInstance> mig = MigLocator.locate(recorded("h200-mig-listing.txt"),
                "MIG-7e2a4f9c-1b3d-5c6e-8a0f-2d4b6c8e0a15", 0, "GPU-ffffffff-0000-0000-0000-000000000000",
                MigLocatorTest::table, card -> Optional.empty());

        assertThat(mig).contains(new MigInstance("2g.35gb", "MIG-7e2a4f9c-1b3d-5c6e-8a0f-2d4b6c8e0a15", 3, 0,
                33280L * 1024 * 1024, "nvidia-smi -L, nvidia-smi"));
        assertThat(mig.get().describe()).isEqualTo("2g.35gb (GI 3, CI 0, 32.5 GiB)");
    }

    @Test
    void withoutCudaVisibleDevicesTheInstanceIsTheOneWhoseUuidTheCudaDeviceReports() throws IOException {
        Optional<MigInstance> mig = MigLocator.locate(recorded("h200-mig-listing.txt"), null, 0,
                "GPU-0d7c3b1e-5a2f-5e8b-9c4d-1f6a8e2b3c70", MigLocatorTest::table, card -> Optional.empty());

        assertThat(mig).map(MigInstance::profile).contains("3g.71gb");
        assertThat(mig).map(MigInstance::gpuInstanceId).contains(2);
        assertThat(mig).map(MigInstance::memoryBytes).contains(71424L * 1024 * 1024);
    }

    @Test
    void whereThePlainTableFailsTheProfileStandsAloneAndSaysItsSource() throws IOException {
        Optional<MigInstance> mig = MigLocator.locate(recorded("h200-mig-listing.txt"),
                "MIG-3b9d5e7f-0a2c-5d4e-b6f8-9c1a3e5d7b02", 0, null, Optional::empty, card -> Optional.empty());

        assertThat(mig).contains(new MigInstance("1g.18gb", "MIG-3b9d5e7f-0a2c-5d4e-b6f8-9c1a3e5d7b02", null, null,
                null, "nvidia-smi -L"));
        assertThat(mig.get().describe()).isEqualTo("1g.18gb");
    }

    @Test
    void aPreR470NameCarriesItsGpuAndComputeInstanceIdsAndTheOnlyInstanceListedIsOurs() throws IOException {
        Optional<MigInstance> mig = MigLocator.locate(recorded("a100-mig-listing-r460.txt"), null, 0, null,
                Optional::empty, card -> Optional.empty());

        assertThat(mig).contains(new MigInstance("1g.5gb", "MIG-GPU-63feeb45-94c6-b9cb-78ea-98e9b7a5be6b/7/0", 7, 0,
                null, "nvidia-smi -L"));
    }

    @Test
    void severalInstancesAndNothingToTellOursByIsNoInstanceRatherThanAGuess() throws IOException {
        assertThat(MigLocator.locate(recorded("h200-mig-listing.txt"), "0", 0, "GPU-0000", MigLocatorTest::table,
                card -> Optional.empty())).isEmpty();
    }

    @Test
    void theLentH200WithMigDisabledRunsInNoInstanceAndItsPlainTableHasNoMigRows() throws IOException {
        String listing = recorded("h200-passthrough-listing-captured.txt");

        assertThat(MigListing.parse(listing)).isEmpty();
        assertThat(MigLocator.locate(listing, null, 0, "GPU-c77db228-1ad5-d63d-1844-886cba1b3f9e",
                () -> Optional.of("never asked"), card -> Optional.of("never asked"))).isEmpty();
        assertThat(MigTable.parse(recorded("h200-passthrough-plain-captured.txt"))).isEmpty();
        assertThat(MigListing.parse(recorded("h200-passthrough-idle-captured.txt"))).as("nvidia-smi -q is no listing")
                .isEmpty();
    }

    @Test
    void anUnparseableOutputYieldsNoInstanceAndNoRows() {
        String garbage = "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver.\n"
                + "GPU 0: (UUID: \n  MIG ??? Device x: (UUID: MIG-\n|  0  x  0  0  | 5MiB / |";

        assertThat(MigListing.parse(garbage)).isEmpty();
        assertThat(MigTable.parse("MIG devices:\n" + garbage)).isEmpty();
        assertThat(MigLocator.locate(garbage, "MIG-0d7c3b1e-5a2f-5e8b-9c4d-1f6a8e2b3c70", 0, null,
                MigLocatorTest::table, card -> Optional.empty())).isEmpty();
    }

    @Test
    void theFactsCarryTheInstanceInTheirJsonAndLeaveItOutOffMig() throws Exception {
        DeviceFacts off = new DeviceFacts("NVIDIA H200", "GPU-1", null, null, null, null, null, null, null, null,
                null, null, "passthrough", "nvml");
        DeviceFacts on = off.withMigInstance(new MigInstance("3g.71gb", "MIG-0d7c", 2, 0, 74893492224L,
                "nvidia-smi -L, nvidia-smi"));
        var json = ContractJson.tolerant();

        assertThat(json.writeValueAsString(off)).doesNotContain("mig_instance");
        assertThat(json.writeValueAsString(on)).contains("\"mig_instance\":{\"profile\":\"3g.71gb\",\"uuid\":"
                + "\"MIG-0d7c\",\"gpu_instance_id\":2,\"compute_instance_id\":0,\"memory_bytes\":74893492224,"
                + "\"source\":\"nvidia-smi -L, nvidia-smi\"}");
        assertThat(json.readValue(json.writeValueAsString(on), DeviceFacts.class)).isEqualTo(on);
        assertThat(json.readValue("{\"name\":\"old agent\"}", DeviceFacts.class).migInstance()).isNull();
        assertThat(on.known()).containsKey("mig_instance");
    }

    @Test
    void whereTheTableLacksTheInstanceItsCardsQueryGivesTheIdsAndTheInstancesOwnMemory() throws IOException {
        java.util.List<String> asked = new java.util.ArrayList<>();
        Optional<MigInstance> mig = MigLocator.locate(recorded("h200-mig-listing.txt"),
                "MIG-7e2a4f9c-1b3d-5c6e-8a0f-2d4b6c8e0a15", 0, null, Optional::empty, card -> {
                    asked.add(card);
                    try {
                        return Optional.of(recorded("h200-mig-query.txt"));
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                });

        assertThat(asked).containsExactly("GPU-5f1c9a3e-2b7d-4c1a-9e0f-8d6b2a4c7e31");
        assertThat(mig).contains(new MigInstance("2g.35gb", "MIG-7e2a4f9c-1b3d-5c6e-8a0f-2d4b6c8e0a15", 3, 0,
                33280L * 1024 * 1024, "nvidia-smi -L, nvidia-smi -q"));
    }

    @Test
    void theQuerysMigDevicesAreReadByIndentationAndACardWithoutThemHasNone() throws IOException {
        assertThat(MigQuery.parse(recorded("h200-mig-query.txt"))).containsExactly(
                new MigQuery.Device(0, 2, 0, 71424L * 1024 * 1024), new MigQuery.Device(1, 3, 0, 33280L * 1024 * 1024),
                new MigQuery.Device(2, 9, 0, 16384L * 1024 * 1024));
        assertThat(MigQuery.parse(recorded("h200-passthrough-idle-captured.txt"))).isEmpty();
        assertThat(MigQuery.parse(recorded("a100-mig-enabled.txt"))).as("ids without a memory section")
                .containsExactly(new MigQuery.Device(0, 1, 0, null));
        assertThat(MigQuery.parse("    MIG Device\n        Index : x\n        GPU Instance ID : ?\n")).isEmpty();
    }
}
