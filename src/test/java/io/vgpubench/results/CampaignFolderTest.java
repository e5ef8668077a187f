package io.vgpubench.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vgpubench.FailureKind;
import io.vgpubench.VgpubenchException;
import io.vgpubench.cloud.CampaignId;
import io.vgpubench.model.Flavor;
import io.vgpubench.model.Threshold;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A campaign's folder: where each file is, and campaign.json written and read back by its one owner. */
class CampaignFolderTest {
    private static final CampaignId ID = new CampaignId("study-20260101t0000-abcd");
    private static final Flavor HALF = new Flavor("local.half", "local", "local", null, 0.5, "this machine's device",
            "time-sliced", null, null, "test", false, "half the device");
    @TempDir
    Path results;

    @Test
    void everyFileOfTheCampaignIsUnderItsFolderNamedByTheCampaignId() {
        CampaignFolder folder = CampaignFolder.of(results, ID);

        assertThat(folder.root()).isEqualTo(results.resolve(ID.value()));
        assertThat(folder.id()).isEqualTo(ID.value());
        assertThat(folder.journal()).isEqualTo(folder.root().resolve("journal.jsonl"));
        assertThat(folder.samplesFile()).isEqualTo(folder.root().resolve("samples.jsonl"));
        assertThat(folder.infoFile()).isEqualTo(folder.root().resolve("campaign.json"));
        assertThat(folder.instance("i-1")).isEqualTo(folder.root().resolve("instances/i-1"));
        assertThat(folder.sshKey()).isEqualTo(folder.root().resolve("ssh/id_rsa"));
    }

    @Test
    void campaignJsonReadsBackAsItWasWrittenWithItsNotes() throws Exception {
        CampaignFolder folder = CampaignFolder.of(results, ID);
        Files.createDirectories(folder.root());
        CampaignInfo info = new CampaignInfo(ID.value(), "study", "local", "local", 42L,
                Map.of(HALF.name(), CampaignInfo.FlavorFacts.of(HALF)),
                List.of(new Threshold("gemm", "tflops", "*", 5.0, null)), "/playbooks");

        folder.write(info.withNotes(List.of("clock throttled"), List.of("i-1 run r0: hang")));

        CampaignInfo read = folder.readInfo();
        assertThat(read).isEqualTo(info.withNotes(List.of("clock throttled"), List.of("i-1 run r0: hang")));
        assertThat(read.flavorMap()).containsEntry(HALF.name(), HALF);
        assertThat(read.flavors().get(HALF.name()).label()).isEqualTo("local");
        assertThat(Files.readString(folder.infoFile())).contains("\"share_fraction\" : 0.5", "\"playbook_dir\"");
    }

    @Test
    void aCampaignJsonFromElsewhereNeedsOnlyWhatItsReaderUses() throws Exception {
        CampaignFolder folder = new CampaignFolder(Files.createDirectories(results.resolve("c1")));
        Files.writeString(folder.infoFile(), """
                {"campaign": "c1", "baseline": "bare", "colour": "red",
                 "flavors": {"v100-8q": {"share_fraction": 0.5, "scheduler": "fixed", "label": "8Q"}}}
                """);

        CampaignInfo read = folder.readInfo();

        assertThat(read.baseline()).isEqualTo("bare");
        assertThat(read.flavors().get("v100-8q").label()).isEqualTo("8Q");
        assertThat(read.thresholds()).isEmpty();
        assertThat(read.warnings()).isEmpty();
        assertThat(read.failures()).isEmpty();
    }

    @Test
    void aCampaignJsonThatIsNotJsonIsBadInputNamingLineAndColumn() throws Exception {
        CampaignFolder folder = new CampaignFolder(Files.createDirectories(results.resolve("c2")));
        Files.writeString(folder.infoFile(), "{\"campaign\": \"c2\",\n \"baseline\" bare}\n");

        assertThatThrownBy(folder::readInfo).isInstanceOfSatisfying(VgpubenchException.class,
                e -> assertThat(e.kind()).isEqualTo(FailureKind.BAD_INPUT))
                .hasMessageStartingWith(folder.infoFile() + " line 2, column ");
    }

    @Test
    void aFolderWithoutJournalAndCampaignJsonIsNotACampaignsFolder() {
        assertThatThrownBy(() -> CampaignFolder.existing(results))
                .hasMessageContaining(results + " is not a campaign folder");
    }
}
