package io.vgpubench.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vgpubench.agent.AgentMain;
import io.vgpubench.agent.cpu.CpuBackendFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentMainTest {
    @TempDir Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return AgentMain.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    static String spec(String runs) {
        return "{\"campaign\":\"c\",\"instance\":\"i\",\"flavor\":\"f\",\"task\":0,\"tasks\":1,\"backend\":\"cpu\","
                + "\"memory_fraction\":0.5,\"runs\":[" + runs + "]}";
    }

    static String gemm(String id, String precision) {
        return "{\"run_id\":\"" + id + "\",\"workload\":\"gemm\",\"parameters\":{\"precision\":\"" + precision
                + "\",\"m\":\"32\",\"n\":\"32\",\"k\":\"32\"},\"repetitions\":2,\"warmup\":1,\"time_limit_seconds\":30}";
    }

    @Test
    void versionPrintsTheFilteredProjectVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString().trim()).matches("vgpubench-agent \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void runAppendsEventsAndExitsZeroWhenEveryRunPasses() throws Exception {
        Path spec = Files.writeString(dir.resolve("spec.json"), spec(gemm("a", "fp64")));
        Path events = Files.writeString(dir.resolve("events.jsonl"), "{\"type\":\"warning\",\"message\":\"earlier\"}\n");

        assertThat(run("run", "--spec", spec.toString(), "--out", events.toString())).isZero();

        List<String> lines = Files.readAllLines(events);
        assertThat(lines.get(0)).contains("earlier");
        assertThat(lines).hasSize(1 + 1 + 2 + 1 + 1);
        assertThat(lines.get(lines.size() - 1)).startsWith("{\"type\":\"agent_done\"");
        assertThat(err.toString()).contains("run a (gemm): 2 repetitions, tflops median");
    }

    @Test
    void runExitsOneWhenARunFails() throws Exception {
        Path spec = Files.writeString(dir.resolve("spec.json"), spec(gemm("a", "fp16") + "," + gemm("b", "fp32")));
        Path events = dir.resolve("events.jsonl");

        assertThat(run("run", "--spec", spec.toString(), "--out", events.toString())).isEqualTo(AgentExit.RUN_FAILED);
        assertThat(Files.readString(events)).contains("\"run_failed\"", "precision fp16 needs the CUDA backend", "\"runs_ok\":1");
    }

    @Test
    void badSpecExitsTwoNamingFileAndFieldAndWritesNoEvents() throws Exception {
        Path spec = Files.writeString(dir.resolve("spec.json"), spec(gemm("a", "fp64").replace("\"warmup\":1", "\"warmup\":-1")));
        Path events = dir.resolve("events.jsonl");

        assertThat(run("run", "--spec", spec.toString(), "--out", events.toString())).isEqualTo(AgentExit.BAD_SPEC);
        assertThat(err.toString()).contains(spec + ", field runs[0].warmup: must not be negative");
        assertThat(events).doesNotExist();
    }

    @Test
    void askingForABackendThatCannotStartExitsThree() throws Exception {
        Path spec = Files.writeString(dir.resolve("spec.json"), spec(gemm("a", "fp64")));

        int code = run("run", "--spec", spec.toString(), "--out", dir.resolve("e.jsonl").toString(), "--backend", "opencl");

        assertThat(code).isEqualTo(AgentExit.NO_BACKEND);
        assertThat(err.toString()).contains("unknown backend 'opencl'");
    }

    @Test
    void factsAndWorkloadsPrintJsonForTheCpuBackend() {
        assertThat(run("facts", "--backend", "cpu")).isZero();
        assertThat(out.toString()).contains("\"backend\" : \"cpu\"", "\"virtualization\" : \"none\"");

        assertThat(run("workloads", "--backend", "cpu")).isZero();
        assertThat(out.toString()).contains("\"vgg16\" : {", "\"scale\" : \"8\"", "\"precision\" : \"fp32\"");
    }

    @Test
    void allCardsOnTheCpuBackendWithFakeDevicesWritesPerCardSamplesNodeTotalsAndEfficiency() throws Exception {
        String run = gemm("a", "fp32").replace("\"time_limit_seconds\":30", "\"time_limit_seconds\":30,\"devices\":\"all\"");
        Path spec = Files.writeString(dir.resolve("spec.json"), spec(run));
        Path events = dir.resolve("events.jsonl");
        System.setProperty(CpuBackendFactory.FAKE_DEVICES_PROPERTY, "2");
        try {
            assertThat(run("run", "--spec", spec.toString(), "--out", events.toString())).isZero();
        } finally {
            System.clearProperty(CpuBackendFactory.FAKE_DEVICES_PROPERTY);
        }

        List<JsonNode> samples = Files.readAllLines(events).stream().map(AgentMainTest::json)
                .filter(e -> e.get("type").asText().equals("sample")).toList();
        assertThat(samples).extracting(s -> s.get("metric").asText() + "@" + s.path("device_index").asText("none"))
                .containsExactlyInAnyOrder("tflops@0", "tflops@0", "tflops@1", "tflops@1",
                        "tflops_all_at_once@0", "tflops_all_at_once@0", "tflops_all_at_once@1", "tflops_all_at_once@1",
                        "tflops_node_total@none", "tflops_node_total@none",
                        "tflops_scaling_efficiency@none", "tflops_scaling_efficiency@none");
        assertThat(samples).filteredOn(s -> s.get("metric").asText().equals("tflops_scaling_efficiency"))
                .allSatisfy(s -> assertThat(s.get("value").asDouble()).isPositive());
        assertThat(err.toString()).contains("2 card(s)");
    }

    private static JsonNode json(String line) {
        try {
            return new ObjectMapper().readTree(line);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
