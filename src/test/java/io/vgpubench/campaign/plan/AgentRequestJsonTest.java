package io.vgpubench.campaign.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.results.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentRequestJsonTest {
    @Test
    void leavesDevicesOutWhenTheRunIsOnCardZeroSoOlderAgentsReadTheSpec() throws Exception {
        String json = Json.mapper().writeValueAsString(new AgentRequest("r1", "gemm", Map.of(), 3, 1, 60, null));

        assertThat(json).doesNotContain("devices").contains("\"time_limit_seconds\":60");
    }

    @Test
    void writesDevicesInSnakeCaseWhenSet() throws Exception {
        String json = Json.mapper().writeValueAsString(new AgentRequest("r1", "gemm", Map.of(), 3, 1, 60, "all"));

        assertThat(json).contains("\"devices\":\"all\"");
    }
}
