package io.vgpubench.agent.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.contract.event.DeviceFacts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The facts of {@code nvidia-smi -q} over outputs in the format of NVIDIA's drivers (src/test/resources/nvidia-smi:
 * an H200 passed through at its power cap, driver 580; an A100-4C vGPU guest, licensed, 550; a V100-8Q guest,
 * unlicensed and thermally slowed, with the pre-535 "Clocks Throttle Reasons" heading; an A100 with MIG enabled).
 * Written after the drivers' output layout, not captured from those machines, except h200-passthrough-idle-captured.txt:
 * the lent H200's own, captured idle on 2026-12-02 (driver 580.159.04; its serial number removed).
 */
class QueryFactsTest {
    private static String recorded(String name) throws IOException {
        try (InputStream in = QueryFactsTest.class.getResourceAsStream("/nvidia-smi/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** An H200 passed through, as CUDA and NVML see it, before nvidia-smi -q's facts are added. */
    private static DeviceFacts passedThroughH200() {
        return new DeviceFacts("NVIDIA H200", "GPU-5f1c", null, null, null, null, null, null, null, null, null, null,
                "passthrough", "nvml");
    }

    @Test
    void aPassedThroughCardAtItsPowerCapHasNoLicenseMigOffEccOnAndItsReservedFrameBuffer() throws IOException {
        QueryFacts q = QueryFacts.parse(recorded("h200-passthrough-power-capped.txt"));

        assertThat(q).isEqualTo(new QueryFacts(null, null, "Disabled", "Enabled", 567L * 1024 * 1024,
                java.util.List.of("sw_power_cap")));
        DeviceFacts facts = q.addTo(passedThroughH200());
        assertThat(facts.unlicensed()).isFalse();
        assertThat(facts.slowdowns()).as("the power cap is a card's normal state under load").isEmpty();
    }

    @Test
    void theLentH200CapturedIdleIsPassedThroughWithMigOffEccOnAndOnlyItsIdleClockEvent() throws IOException {
        QueryFacts q = QueryFacts.parse(recorded("h200-passthrough-idle-captured.txt"));

        assertThat(q).isEqualTo(new QueryFacts(null, null, "Disabled", "Enabled", 616L * 1024 * 1024,
                java.util.List.of("idle")));
        DeviceFacts facts = q.addTo(passedThroughH200());
        assertThat(facts.unlicensed()).isFalse();
        assertThat(facts.slowdowns()).as("an idle card has slowed for nothing").isEmpty();
    }

    @Test
    void aLicensedVgpuGuestNamesItsProductAndLicense() throws IOException {
        QueryFacts q = QueryFacts.parse(recorded("a100-4c-guest-licensed.txt"));

        assertThat(q.vgpuProduct()).isEqualTo("NVIDIA Virtual Compute Server");
        assertThat(q.licenseStatus()).isEqualTo("Licensed (Expiry: 2026-12-30 14:01:55 GMT)");
        assertThat(q.migMode()).as("N/A in a guest").isNull();
        assertThat(q.memoryReservedBytes()).isEqualTo(492L * 1024 * 1024);
        assertThat(q.clockEventReasons()).containsExactly("idle");
        assertThat(q.addTo(blank()).unlicensed()).isFalse();
    }

    @Test
    void anUnlicensedThrottledGuestOfAnOlderDriverIsSaidToBeBoth() throws IOException {
        QueryFacts q = QueryFacts.parse(recorded("v100-8q-guest-unlicensed-old-driver.txt"));
        DeviceFacts facts = q.addTo(blank());

        assertThat(q.licenseStatus()).isEqualTo("Unlicensed (Restricted)");
        assertThat(facts.unlicensed()).isTrue();
        assertThat(q.clockEventReasons()).containsExactly("hw_slowdown", "hw_thermal_slowdown");
        assertThat(facts.slowdowns()).containsExactly("hw_slowdown", "hw_thermal_slowdown");
        assertThat(q.memoryReservedBytes()).as("drivers before 510 print no Reserved line").isNull();
        assertThat(q.eccMode()).isNull();
    }

    @Test
    void aMigCardSaysSoAndHasNoClockEventSection() throws IOException {
        QueryFacts q = QueryFacts.parse(recorded("a100-mig-enabled.txt"));

        assertThat(q.migMode()).isEqualTo("Enabled");
        assertThat(q.clockEventReasons()).as("no section: not known, not none").isNull();
        assertThat(QueryFacts.parse("")).isEqualTo(QueryFacts.NONE);
    }

    private static DeviceFacts blank() {
        return new DeviceFacts(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
