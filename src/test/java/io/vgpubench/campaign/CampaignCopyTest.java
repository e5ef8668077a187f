package io.vgpubench.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.model.Playbook;
import io.vgpubench.model.PlaybookLoader;
import io.vgpubench.results.CampaignFolder;
import io.vgpubench.results.CampaignInfo;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resume, status and teardown read the campaign's copy of its playbook as the original was read. */
class CampaignCopyTest {
    @TempDir
    Path dir;

    @Test
    void theCopyIsReadWithTheOriginalsFolderForRelativeCatalogsAndWithTheSeedTheRunDrew() throws Exception {
        Path home = FakeAgent.home(dir.resolve("home"), FakeAgent.NORMAL);
        Path playbooks = Files.createDirectories(dir.resolve("elsewhere/playbooks"));
        Files.createDirectories(playbooks.resolve("cat"));
        Files.copy(Path.of(System.getProperty("vgpubench.home", ".")).resolve("flavors/local.yaml"),
                playbooks.resolve("cat/mine.yaml"));
        Path file = Files.writeString(playbooks.resolve("p.yaml"), """
                name: copy-test
                cloud: {type: local}
                catalogs: [cat/mine.yaml]
                baseline: local
                flavors:
                  - {flavor: local, instances: 1, tasks: [1]}
                  - {flavor: local.half, instances: 1, tasks: [2]}
                workloads:
                  - {name: gemm}
                  - {name: memcopy}
                repetitions: 2
                repetition_time: 50ms
                prepare_time: 500ms
                order: random
                backend: cpu
                memory_fraction: 0.5
                """);
        PlaybookLoader loader = new PlaybookLoader(List.of()); // no default catalogs: only the playbook's own
        Playbook playbook = loader.load(file);
        CampaignRunner runner = new CampaignRunner(home, new PrintWriter(new StringWriter(), true), loader::load);
        CampaignOutcome outcome = runner.run(playbook, java.util.Map.of("local", playbook.flavor("local"),
                "local.half", playbook.flavor("local.half")), dir.resolve("results"));

        CampaignFolder campaign = new CampaignFolder(outcome.directory());
        CampaignInfo info = campaign.readInfo();
        Playbook copy = runner.copyOf(campaign, info);
        assertThat(info.playbookDir()).isEqualTo(playbooks.toAbsolutePath().normalize().toString());
        assertThat(copy.seed()).as("the seed the run drew, not a new one").isEqualTo(playbook.seed());
        assertThat(copy.flavor("local.half")).isEqualTo(playbook.flavor("local.half"));
        assertThat(runner.status(outcome.directory())).contains("copy-test");
    }
}
