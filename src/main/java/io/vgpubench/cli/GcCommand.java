package io.vgpubench.cli;

import io.vgpubench.VgpubenchException;
import io.vgpubench.campaign.CampaignRunner;
import io.vgpubench.cloud.CampaignId;
import io.vgpubench.cloud.CampaignSweep;
import io.vgpubench.cloud.Cloud;
import io.vgpubench.cloud.Clouds;
import io.vgpubench.model.Durations;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `vgpubench gc`: Finds and deletes cloud resources of campaigns that are not running. */
@Command(name = "gc", mixinStandardHelpOptions = true, description = "Finds and deletes cloud resources of campaigns"
        + " that are not running (older than --older-than and no journal activity here since), after confirmation.")
public final class GcCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--cloud", paramLabel = "NAME", description = "The cloud in clouds.yaml (else OS_CLOUD or OS_*).")
    String cloud;

    @Option(names = "--region", paramLabel = "REGION", description = "The region (else clouds.yaml's).")
    String region;

    @Option(names = "--older-than", paramLabel = "AGE", defaultValue = "6h",
            description = "Only campaigns started longer ago than this (e.g. 90m, 6h; default ${DEFAULT-VALUE}).")
    String olderThan;

    @Option(names = "--results", paramLabel = "RESULTS", defaultValue = "results",
            description = "Where campaign folders are; a journal written there recently marks a running campaign.")
    Path results;

    @Option(names = "--yes", description = "Delete without asking (for scripts).")
    boolean yes;

    @Override
    public Integer call() {
        Duration age = Durations.parse(olderThan);
        if (age == null) {
            throw VgpubenchException.badInput("--older-than: must be a duration like 90m or 6h, got '" + olderThan + "'");
        }
        var out = spec.commandLine().getOut();
        try (Cloud named = Clouds.named(cloud, region, results, spec.commandLine().getErr()::println)) {
            if (!(named instanceof CampaignSweep sweep)) {
                throw VgpubenchException.badInput("cloud " + cloud + " cannot list what campaigns left on it");
            }
            CampaignSweep.Found found = sweep.sweep(age, Instant.now());
            List<CampaignSweep.Campaign> held = found.stale().stream()
                    .filter(c -> CampaignRunner.heldOnThisMachine(new CampaignId(c.id()))).toList();
            held.forEach(c -> out.printf("keeping %s: a controller on this machine is working on it now%n", c.id()));
            found = new CampaignSweep.Found(found.stale().stream().filter(c -> !held.contains(c)).toList(), found.kept());
            found.kept().forEach(c -> out.printf("keeping %s (started %s, may still run): %d resource(s)%n", c.id(),
                    c.started().map(Object::toString).orElse("?"), c.resources().size()));
            if (found.stale().isEmpty()) {
                out.println("nothing to collect");
                out.flush();
                return ExitCode.OK;
            }
            found.stale().forEach(c -> {
                out.printf("%s (started %s):%n", c.id(), c.started().map(Object::toString).orElse("unknown"));
                c.resources().forEach(r -> out.println("  " + r));
            });
            out.flush();
            if (!yes && !confirm(found.stale().size())) {
                out.println("nothing deleted");
                out.flush();
                return ExitCode.OK;
            }
            List<String> left = new ArrayList<>();
            for (CampaignSweep.Campaign c : found.stale()) {
                List<String> l = sweep.teardown(new CampaignId(c.id()));
                out.printf("%s: %s%n", c.id(), l.isEmpty() ? "deleted" : "LEFT OVER: " + String.join("; ", l));
                left.addAll(l);
            }
            out.flush();
            return left.isEmpty() ? ExitCode.OK : ExitCode.INFRASTRUCTURE;
        }
    }

    private boolean confirm(int campaigns) {
        var out = spec.commandLine().getOut();
        out.printf("Delete the resources of these %d campaign(s)? [y/N] ", campaigns);
        out.flush();
        try {
            String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return answer != null && answer.strip().equalsIgnoreCase("y");
        } catch (IOException e) {
            return false;
        }
    }
}
