package io.vgpubench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.contract.event.Sample;
import io.vgpubench.results.SampleStore;
import io.vgpubench.ssh.OpenSshTier;
import io.vgpubench.results.SamplesFile;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole loop over real OpenSSH: `vgpubench run` on a static playbook whose two hosts are the
 * sshd that src/test/ssh/openssh-up.sh starts on 127.0.0.1:2222 (host keys verified against its
 * known_hosts). Skipped, saying why, when that server is not up; under CI=true its absence fails.
 */
class StaticPlaybookOverOpenSshTest {
    @TempDir
    Path dir;

    @Test
    void aStaticCampaignDeploysRunsAndReportsOverRealOpenSshAndLeavesNothingOnTheHost() throws Exception {
        Properties env = OpenSshTier.env();
        Files.createDirectories(dir.resolve("own"));
        Files.writeString(dir.resolve("own/own.sh"), "echo '{\"metric\": \"score\", \"value\": 7, \"unit\": \"\"}'\n");
        String host = """
                    - {name: %s, address: %s, port: %s, user: %s, key: %s, known_hosts: %s, flavor: %s}
                """;
        Path playbook = Files.writeString(dir.resolve("static.yaml"), """
                name: openssh
                cloud:
                  type: static
                  hosts:
                %s%s
                baseline: local
                flavors:
                  - {flavor: local, instances: 1, tasks: [1]}
                  - {flavor: local.half, instances: 1, tasks: [2]}
                workloads:
                  - {name: gemm, parameters: {precision: fp64, m: 128, n: 128, k: 128}}
                  - {name: own, repetition_time: 300ms, command: {run: sh own.sh, files: own}}
                repetitions: 3
                repetition_time: 50ms
                prepare_time: 500ms
                warmup: 0
                backend: cpu
                memory_fraction: 0.5
                time_limit: 2m
                """.formatted(host.formatted("node-a", env.getProperty("SSH_ADDRESS"), env.getProperty("SSH_PORT"),
                        env.getProperty("SSH_USER"), env.getProperty("SSH_KEY"), env.getProperty("SSH_KNOWN_HOSTS"),
                        "local"),
                host.formatted("node-b", env.getProperty("SSH_ADDRESS"), env.getProperty("SSH_PORT"),
                        env.getProperty("SSH_USER"), env.getProperty("SSH_KEY"), env.getProperty("SSH_KNOWN_HOSTS"),
                        "local.half")));

        CliRun run = CliRun.of("run", playbook.toString(), "--results", dir.resolve("results").toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        Path campaign = CampaignFolders.only(dir.resolve("results"));
        List<Sample> samples = SamplesFile.read(campaign.resolve("samples.jsonl")).samples();
        assertThat(samples).hasSize(2 * (3 + 2 * 3)).extracting(Sample::key).doesNotHaveDuplicates();
        // the user's own command: its files uploaded over SFTP, checked there, run once a repetition on each task
        assertThat(samples).filteredOn(s -> s.workload().equals("own")).hasSize(3 + 2 * 3)
                .allSatisfy(s -> assertThat(s.value()).isEqualTo(7.0));
        // every 2-task sample carries its slot and is proven (full overlap) or flagged; the summary counts only
        // the proven ones, so its local.half row has exactly as many as overlap.csv calls full (none: no row)
        assertThat(samples).filteredOn(s -> s.flavor().equals("local.half") && s.workload().equals("gemm")).hasSize(2 * 3);
        List<String> shared = Files.readAllLines(campaign.resolve("overlap.csv")).stream()
                .filter(l -> l.contains(",local.half,2,gemm,")).toList();
        assertThat(shared).hasSize(2 * 3).noneMatch(l -> l.contains(",no-schedule,"));
        long proven = shared.stream().filter(l -> l.contains(",full,")).count();
        List<String> summary = Files.readAllLines(campaign.resolve("summary.csv"));
        assertThat(summary).anyMatch(l -> l.startsWith("gemm,tflops,TFLOP/s,local,1,3,"));
        List<String> halfRow = summary.stream().filter(l -> l.startsWith("gemm,tflops,TFLOP/s,local.half,2,")).toList();
        if (proven == 0) {
            assertThat(halfRow).isEmpty();
        } else {
            assertThat(halfRow).singleElement().satisfies(l -> assertThat(l.split(",", -1)[5]).isEqualTo(Long.toString(proven)));
        }
        assertThat(Path.of(env.getProperty("SSH_HOME"), ".vgpubench", campaign.getFileName().toString()))
                .as("the campaign folder on the host is removed").doesNotExist();
    }
}
