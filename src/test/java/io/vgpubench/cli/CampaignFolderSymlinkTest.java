package io.vgpubench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A campaign folder whose files are symbolic links to files elsewhere: writing a report never writes through them. */
class CampaignFolderSymlinkTest {
    @TempDir
    Path dir;

    @Test
    void aReportWrittenWhereReportMdIsASymlinkReplacesTheLinkAndLeavesItsTargetAsItWas() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("campaign"));
        Files.writeString(folder.resolve("samples.jsonl"), sample("bare", 1.0) + sample("bare", 1.1)
                + sample("vgpu", 2.0) + sample("vgpu", 2.1));
        Files.writeString(folder.resolve("campaign.json"), "{\"campaign\": \"c\", \"baseline\": \"bare\"}");
        Path precious = Files.writeString(dir.resolve("precious.txt"), "not a report\n");
        Files.createSymbolicLink(folder.resolve("report.md"), precious);
        Files.createSymbolicLink(folder.resolve("summary.csv"), precious);

        CliRun run = CliRun.of("report", folder.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(precious)).isEqualTo("not a report\n");
        assertThat(folder.resolve("report.md")).isRegularFile().content().contains("vgpu");
        assertThat(Files.isSymbolicLink(folder.resolve("report.md"))).isFalse();
        assertThat(Files.isSymbolicLink(folder.resolve("summary.csv"))).isFalse();
        try (var left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    private static String sample(String flavor, double value) {
        return "{\"type\":\"sample\",\"flavor\":\"" + flavor + "\",\"workload\":\"w\",\"metric\":\"m\",\"unit\":\"s\","
                + "\"higher_is_better\":false,\"tasks\":1,\"value\":" + value + ",\"repetition\":"
                + (int) (value * 10) + "}\n";
    }
}
