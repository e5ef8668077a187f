package io.vgpubench.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.vgpubench.VgpubenchException;
import io.vgpubench.cloud.CampaignId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One campaign's folder, {@code results/<campaign-id>/}, and the one place that knows its layout: the playbook
 * copy, campaign.json ({@link CampaignInfo}), the journal, samples.jsonl ({@link SamplesFile}, {@link SampleStore}),
 * the agents' run specs, the controller's lock, the campaign's SSH key and each instance's folder (whose inside
 * belongs to the cloud that keeps the instance there). The report's files are the report's
 * ({@code report.Reports}), which may also write them elsewhere.
 */
public record CampaignFolder(Path root) {
    /** campaign.json is snake_case throughout, nested records too. */
    private static final ObjectMapper INFO = Json.mapper().copy()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    /** The folder of campaign {@code id} under {@code resultsRoot}. */
    public static CampaignFolder of(Path resultsRoot, CampaignId id) {
        return new CampaignFolder(resultsRoot.resolve(id.value()));
    }

    /** A folder a campaign was started in: bad input unless it has a journal and a campaign.json. */
    public static CampaignFolder existing(Path dir) {
        CampaignFolder folder = new CampaignFolder(dir);
        if (!Files.isRegularFile(folder.journal()) || !Files.isRegularFile(folder.infoFile())) {
            throw VgpubenchException.badInput(dir + " is not a campaign folder (no journal.jsonl"
                    + " and campaign.json); campaigns are under results/<campaign-id>/");
        }
        return folder;
    }

    /** The folder's name, which is the campaign id for folders the engine made. */
    public String id() {
        return root.getFileName().toString();
    }

    /** The playbook as given, copied when the campaign started. */
    public Path playbook() {
        return root.resolve("playbook.yaml");
    }

    public Path infoFile() {
        return root.resolve("campaign.json");
    }

    public Path journal() {
        return root.resolve("journal.jsonl");
    }

    public Path samplesFile() {
        return root.resolve("samples.jsonl");
    }

    /** The run specs the agents were started on, one JSON file a run key. */
    public Path specs() {
        return root.resolve("specs");
    }

    /** Held (an OS file lock) by the controller that runs, resumes or tears down the campaign. */
    public Path lock() {
        return root.resolve("controller.lock");
    }

    /** The campaign's private SSH key (clouds that make a key pair per campaign). */
    public Path sshKey() {
        return root.resolve("ssh").resolve("id_rsa");
    }

    /** Where each instance's folder is. */
    public Path instances() {
        return root.resolve("instances");
    }

    public Path instance(String name) {
        return instances().resolve(name);
    }

    /** campaign.json; bad input naming line and column where it is not JSON. */
    public CampaignInfo readInfo() {
        Path file = infoFile();
        try {
            return INFO.readValue(file.toFile(), CampaignInfo.class);
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? ""
                    : " line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw VgpubenchException.badInput(file + at + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw VgpubenchException.badInput(file + ": cannot read: " + e.getMessage());
        }
    }

    public void write(CampaignInfo info) {
        try {
            AtomicFile.write(infoFile(), out -> INFO.writerWithDefaultPrettyPrinter().writeValue(out, info));
        } catch (IOException e) {
            throw VgpubenchException.infrastructure("cannot write " + infoFile() + ": " + e.getMessage(), e);
        }
    }

    /** Every sample stored so far, and the warnings reading them gave (see {@link SamplesFile}). */
    public SamplesFile.Content readSamples() {
        return SamplesFile.read(samplesFile());
    }

    /** samples.jsonl, opened for appending each sample once. */
    public SampleStore openSamples() {
        return SampleStore.open(samplesFile());
    }
}
