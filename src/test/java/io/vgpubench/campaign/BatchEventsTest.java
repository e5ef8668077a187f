package io.vgpubench.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.campaign.plan.Batch;
import io.vgpubench.campaign.plan.PlannedRun;
import io.vgpubench.model.WorkloadSpec;
import io.vgpubench.contract.event.Sample;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchEventsTest {
    @Test
    void aSampleGetsItsCampaignWideRepetitionAndKeepsItsGroupSlotAndIntervals() {
        Batch batch = new Batch("t2", 2, List.of(new PlannedRun("w0-gemm", new WorkloadSpec("gemm", Map.of()), 3, 2)));
        String line = "{\"type\":\"sample\",\"campaign\":\"c\",\"instance\":\"i\",\"flavor\":\"local.half\","
                + "\"run_id\":\"w0-gemm\",\"workload\":\"gemm\",\"repetition\":1,\"task\":0,\"tasks\":2,"
                + "\"metric\":\"tflops\",\"value\":1.0,\"unit\":\"TFLOP/s\",\"higher_is_better\":true,"
                + "\"group\":\"c-local.half/t2\",\"group_size\":2,\"slot_start\":\"2026-12-01T10:00:00Z\","
                + "\"slot_end\":\"2026-12-01T10:00:06Z\",\"load_started_at\":\"2026-12-01T10:00:00Z\","
                + "\"load_ended_at\":\"2026-12-01T10:00:06Z\",\"started_at\":\"2026-12-01T10:00:01Z\","
                + "\"ended_at\":\"2026-12-01T10:00:05Z\",\"rounds\":7}";

        Sample s = (Sample) new BatchEvents(batch).parse(line).orElseThrow();

        assertThat(s.repetition()).isEqualTo(4);
        assertThat(s.group()).isEqualTo("c-local.half/t2");
        assertThat(s.groupSize()).isEqualTo(2);
        assertThat(s.slotStart()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(s.slotEnd()).isEqualTo(Instant.parse("2026-12-01T10:00:06Z"));
        assertThat(s.loadStartedAt()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(s.loadEndedAt()).isEqualTo(Instant.parse("2026-12-01T10:00:06Z"));
        assertThat(s.rounds()).isEqualTo(7);
    }
}
