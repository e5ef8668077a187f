package io.vgpubench.campaign;

import io.vgpubench.VgpubenchException;
import io.vgpubench.agenthost.AgentBundle;
import io.vgpubench.campaign.journal.Journal;
import io.vgpubench.campaign.journal.JournalEntry;
import io.vgpubench.campaign.plan.InstancePlan;
import io.vgpubench.campaign.plan.RunMatrix;
import io.vgpubench.cloud.CampaignId;
import io.vgpubench.cloud.Cloud;
import io.vgpubench.cloud.Clouds;
import io.vgpubench.model.Flavor;
import io.vgpubench.model.Playbook;
import io.vgpubench.results.AtomicFile;
import io.vgpubench.results.CampaignFolder;
import io.vgpubench.results.CampaignInfo;
import io.vgpubench.results.SamplesFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The campaign engine's front door, used by the CLI's run, resume, status and teardown commands.
 * Results go to {@code resultsRoot/<campaign-id>/}.
 */
public final class CampaignRunner {
    private final Path home;
    private final PrintWriter out;
    private final PlaybookReader loader;

    /** Reads and validates a playbook file, relative paths in it taken from a folder. */
    @FunctionalInterface
    public interface PlaybookReader {
        Playbook read(Path file, Path baseDir);
    }
    private final CloudFactory clouds;
    private boolean liveProgress;
    private CampaignStop stop = new CampaignStop();

    /**
     * @param home   the vgpubench installation (where guest-agent/target/bundle lives)
     * @param loader reads and validates a playbook file (resume, status and teardown read the campaign's
     *               copy with the original's folder)
     */
    public CampaignRunner(Path home, PrintWriter out, PlaybookReader loader) {
        this(home, out, loader, (spec, resultsRoot) -> Clouds.open(spec, resultsRoot, out::println));
    }

    /** With another way of opening the playbook's cloud (a simulated cloud for benchmarks). */
    public CampaignRunner(Path home, PrintWriter out, PlaybookReader loader, CloudFactory clouds) {
        this.home = home;
        this.out = out;
        this.loader = loader;
        this.clouds = clouds;
    }

    /** Progress as one line rewritten in place (for a person at a terminal) instead of log lines. */
    public CampaignRunner liveProgress(boolean live) {
        this.liveProgress = live;
        return this;
    }

    /** The stop through which the owner of signals tears down (and can abort the teardown of) what runs. */
    public CampaignRunner stoppedBy(CampaignStop stop) {
        this.stop = stop;
        return this;
    }

    /** Runs a whole campaign: provision, deploy, run, collect, teardown, report. */
    public CampaignOutcome run(Playbook playbook, Map<String, Flavor> flavors, Path resultsRoot) {
        AgentBundle bundle = AgentBundles.find(home);
        CampaignId id = CampaignId.fresh(playbook.name());
        CampaignFolder dir = CampaignFolder.of(resultsRoot, id);
        try {
            Files.createDirectories(dir.root());
            AtomicFile.write(dir.playbook(), Files.readAllBytes(playbook.source()));
            Map<String, CampaignInfo.FlavorFacts> facts = new LinkedHashMap<>();
            playbook.flavors().forEach(f -> facts.put(f.flavor(), CampaignInfo.FlavorFacts.of(flavors.get(f.flavor()))));
            dir.write(new CampaignInfo(id.value(), playbook.name(), playbook.cloud().type(), playbook.baseline(),
                    playbook.seed(), facts, playbook.thresholds(),
                    playbook.source().toAbsolutePath().normalize().getParent().toString())
                    .withAdaptive(playbook.adaptive()).withRequire(playbook.require()));
        } catch (IOException e) {
            throw VgpubenchException.infrastructure("cannot create " + dir.root() + ": " + e.getMessage(), e);
        }
        out.println("campaign " + id + " -> " + dir.root());
        try (CampaignLock lock = CampaignLock.take(dir, id.value(), "run")) {
            try (Journal journal = Journal.open(dir.journal())) {
                journal.append(new JournalEntry.CampaignStarted(Instant.now(), id.value(), dir.playbook().toString(),
                        playbook.seed()));
            }
            return new Engine(id, dir, playbook, flavors, bundle, out, clouds, liveProgress, stop).run(CampaignState.fresh());
        }
    }

    /** Continues a campaign from its journal, reusing live instances and running only what is missing. */
    public CampaignOutcome resume(Path campaignDir) {
        CampaignFolder dir = CampaignFolder.existing(campaignDir);
        CampaignInfo info = dir.readInfo();
        CampaignId id = OwnCampaign.of(dir, info, "resume");
        try (CampaignLock lock = CampaignLock.take(dir, id.value(), "resume")) {
            Playbook playbook = copyOf(dir, info);
            Map<String, Flavor> flavors = info.flavorMap();
            CampaignState state = CampaignState.from(Journal.read(dir.journal()));
            if (state.finished()) {
                out.println("campaign " + info.campaign() + " has finished already; nothing to resume");
            }
            return new Engine(id, dir, playbook, flavors, AgentBundles.find(home), out,
                    clouds, liveProgress, stop).run(state);
        }
    }

    /** A campaign's progress as a few lines of text. */
    public String status(Path campaignDir) {
        CampaignFolder dir = CampaignFolder.existing(campaignDir);
        CampaignInfo info = dir.readInfo();
        Playbook playbook = copyOf(dir, info);
        List<InstancePlan> plans = RunMatrix.expand(playbook, new CampaignId(info.campaign()), info.flavorMap());
        String now = CampaignLock.held(dir) || CampaignLock.heldOnThisMachine(info.campaign())
                ? "a controller is working on it now ("
                + CampaignLock.holder(dir).orElse("its details are not readable") + ")\n" : "no controller is working on it now\n";
        SamplesFile.Content samples = dir.readSamples();
        String dropped = samples.duplicates() == 0 ? ""
                : samples.duplicates() + " exact duplicate sample line(s) in samples.jsonl dropped (each counted once)\n";
        return now + CampaignState.from(Journal.read(dir.journal())).describe(info.campaign(), dir.root(), plans,
                samples.samples().size()) + dropped;
    }

    /** Removes every resource of the campaign; returns what could not be removed. */
    public List<String> teardown(Path campaignDir) {
        CampaignFolder dir = CampaignFolder.existing(campaignDir);
        CampaignInfo info = dir.readInfo();
        CampaignId id = OwnCampaign.of(dir, info, "tear down");
        Playbook playbook = copyOf(dir, info);
        try (CampaignLock lock = CampaignLock.take(dir, id.value(), "tear down");
             Journal journal = Journal.open(dir.journal());
             Cloud cloud = clouds.open(playbook.cloud(), dir.root().getParent())) {
            journal.append(new JournalEntry.TeardownRequested(Instant.now(), "vgpubench teardown"));
            List<String> leftovers = cloud.teardown(id);
            journal.append(new JournalEntry.TeardownDone(Instant.now(), leftovers));
            return leftovers;
        }
    }

    /** True when a controller on this machine holds campaign {@code id} now (from whichever folder): gc keeps it. */
    public static boolean heldOnThisMachine(CampaignId id) {
        return CampaignLock.heldOnThisMachine(id.value());
    }

    /** The campaign's copy of its playbook, read as the original was: its folder, its recorded seed. */
    Playbook copyOf(CampaignFolder dir, CampaignInfo info) {
        Path base = info.playbookDir() == null ? dir.root() : Path.of(info.playbookDir());
        return loader.read(dir.playbook(), base).withSeed(info.seed());
    }
}
