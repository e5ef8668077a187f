package io.vgpubench.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vgpubench.FailureKind;
import io.vgpubench.VgpubenchException;
import io.vgpubench.campaign.journal.Journal;
import io.vgpubench.campaign.journal.JournalEntry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resume and teardown act only on a folder that agrees with itself about which campaign it holds. */
class OwnCampaignTest {
    private static final String ID = "own-20261202t0100-abcd";
    private static final String OTHER = "own-20261202t0100-ef01";
    @TempDir
    Path dir;

    @Test
    void aFolderWhoseJournalStartedAnotherCampaignIsRefusedBeforeAnythingIsTouched() throws Exception {
        Path folder = campaign(ID, ID, OTHER);

        assertThatThrownBy(() -> runner().teardown(folder)).isInstanceOf(VgpubenchException.class)
                .satisfies(e -> assertThat(((VgpubenchException) e).kind()).isEqualTo(FailureKind.BAD_INPUT))
                .hasMessageContaining("journal.jsonl started campaign " + OTHER);
        assertThatThrownBy(() -> runner().resume(folder)).hasMessageContaining("journal.jsonl started campaign " + OTHER);
        assertThat(folder.resolve("controller.lock")).as("no lock taken, nothing written").doesNotExist();
    }

    @Test
    void aFolderWhoseCampaignJsonNamesAnotherCampaignIsRefused() throws Exception {
        Path folder = campaign(ID, OTHER, ID);

        assertThatThrownBy(() -> runner().teardown(folder))
                .hasMessageContaining("the folder is named " + ID + " but its campaign.json names campaign " + OTHER);
    }

    private Path campaign(String folderName, String inInfo, String inJournal) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("results").resolve(folderName));
        Files.writeString(folder.resolve("campaign.json"), "{\"campaign\": \"" + inInfo + "\", \"baseline\": \"local\"}");
        try (Journal j = Journal.open(folder.resolve("journal.jsonl"))) {
            j.append(new JournalEntry.CampaignStarted(Instant.EPOCH, inJournal, "playbook.yaml", 1));
        }
        return folder;
    }

    private static CampaignRunner runner() {
        return new CampaignRunner(Path.of("."), new PrintWriter(new StringWriter()), (file, base) -> {
            throw new AssertionError("the playbook copy must not be read for a refused folder");
        });
    }
}
