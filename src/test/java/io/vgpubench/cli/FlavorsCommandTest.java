package io.vgpubench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlavorsCommandTest {
    @TempDir
    Path dir;

    @Test
    void listsTheShippedCatalogsAsATable() {
        CliRun run = CliRun.of("flavors");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .containsPattern("NAME +CLOUD FLAVOR +PROFILE +FB GB +FRACTION")
                .containsPattern("g3\\.small \\* +g3\\.small +A100 20% \\(time-sliced vGPU\\) +5 +0\\.2 +NVIDIA A100 40GB"
                        + " +- +4 +15 +16 SU")
                .containsPattern("v100-8q +v100-8q +GRID V100-8Q +8 +0\\.5 ")
                .contains("local.half")
                .contains("* unconfirmed figures:")
                .contains("g3.small: frame_buffer_gb");
    }

    @Test
    void listsOnlyTheCatalogGivenAsJson() throws IOException {
        CliRun run = CliRun.of("flavors", "--catalog", "flavors/jetstream2.yaml", "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode list = new ObjectMapper().readTree(run.out());
        assertThat(list).hasSize(4);
        assertThat(list.get(0).get("name").asText()).isEqualTo("g3.small");
        assertThat(list.get(0).get("frame_buffer_gb").asDouble()).isEqualTo(5.0);
        assertThat(list.get(0).get("share_fraction").asDouble()).isEqualTo(0.2);
        assertThat(list.get(0).get("unconfirmed").asBoolean()).isTrue();
    }

    @Test
    void exitsWithTwoOnABadCatalog() throws IOException {
        Path bad = Files.writeString(dir.resolve("c.yaml"), "flavors:\n  - name: x\n");

        CliRun run = CliRun.of("flavors", "--catalog", bad.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains(bad + ":2:5: flavors[0]: missing required field 'profile'");
    }
}
