package io.vgpubench.cloud.local;

import io.vgpubench.VgpubenchException;
import io.vgpubench.agenthost.AgentHost;
import io.vgpubench.cloud.CampaignId;
import io.vgpubench.FailureKind;
import io.vgpubench.cloud.PlanCheck;
import io.vgpubench.cloud.InstanceInfo;
import io.vgpubench.cloud.InstanceRequest;
import io.vgpubench.cloud.InstanceState;
import io.vgpubench.cloud.ProvisionResult;
import io.vgpubench.cloud.SshRoute;
import io.vgpubench.model.Flavor;
import io.vgpubench.model.Partition;
import io.vgpubench.model.Playbook;
import io.vgpubench.results.AtomicFile;
import io.vgpubench.results.CampaignFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The embedded default cloud: an instance is a folder {@code <results>/<campaign>/instances/<name>/}
 * on this machine, and its agents are child processes sharing this machine's device. A marker file
 * in each folder says whether the instance is live, so {@link #discover} and {@link #teardown} need
 * only the folder, as a real cloud needs only its API. Flavors with {@code partition: mps} run their agents as
 * clients of the campaign's own MPS daemon ({@link MpsDaemon}), which teardown stops.
 */
public final class LocalCloud implements PlanCheck {
    private static final String MARKER = "instance.state";
    private final Path resultsRoot;

    public LocalCloud(Path resultsRoot) {
        this.resultsRoot = resultsRoot;
    }

    @Override
    public String leftoverInstance(String instance) {
        return "local instance " + instance + " and its agent processes";
    }

    /** Nothing to check unless a flavor is partitioned by MPS: then the MPS control binary must be here. */
    @Override
    public Result check(Playbook playbook) {
        List<String> mps = playbook.flavors().stream().map(f -> playbook.flavor(f.flavor())).filter(Flavor::isMps)
                .map(Flavor::name).toList();
        if (mps.isEmpty()) {
            return new Result(List.of("this machine's device, time-sliced between tasks"), List.of(), Optional.empty());
        }
        Optional<String> missing = MpsDaemon.unavailable();
        if (missing.isPresent()) {
            return new Result(List.of(), List.of(String.join(", ", mps) + ": " + missing.get()),
                    Optional.of(FailureKind.BAD_INPUT));
        }
        return new Result(List.of(String.join(", ", mps) + ": MPS clients of the campaign's own control daemon ("
                + MpsDaemon.binary().orElseThrow() + ")"), List.of(), Optional.empty());
    }

    @Override
    public boolean instancesShareOneDevice() {
        return true;
    }

    @Override
    public ProvisionResult provision(CampaignId campaign, List<InstanceRequest> requests) {
        List<InstanceInfo> ready = new ArrayList<>();
        List<ProvisionResult.ProvisionFailure> failures = new ArrayList<>();
        String mpsDown = null;
        if (requests.stream().anyMatch(r -> r.flavor().isMps())) {
            try {
                mps(campaign).start();
            } catch (VgpubenchException e) {
                mpsDown = e.getMessage();
            }
        }
        for (InstanceRequest r : requests) {
            if (r.flavor().isMps() && mpsDown != null) {
                failures.add(new ProvisionResult.ProvisionFailure(r.name(), r.flavor().name(), mpsDown));
                continue;
            }
            try {
                Path dir = instanceDir(campaign, r.name());
                Files.createDirectories(dir);
                if (r.flavor().partition() instanceof Partition.Mps share) {
                    ClientEnv.write(dir, mps(campaign).clientEnv(share));
                }
                AtomicFile.write(dir.resolve(MARKER), r.flavor().name() + "\nACTIVE\n");
                ready.add(info(dir, r.flavor().name(), InstanceState.ACTIVE));
            } catch (IOException e) {
                failures.add(new ProvisionResult.ProvisionFailure(r.name(), r.flavor().name(), e.toString()));
            }
        }
        return new ProvisionResult(ready, failures);
    }

    @Override
    public List<InstanceInfo> discover(CampaignId campaign) {
        Path root = CampaignFolder.of(resultsRoot, campaign).instances();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve(MARKER)))
                    .map(d -> {
                        List<String> lines = readMarker(d);
                        return info(d, lines.get(0), InstanceState.valueOf(lines.get(1)));
                    })
                    .filter(i -> i.state() != InstanceState.DELETED)
                    .sorted(java.util.Comparator.comparing(InstanceInfo::name))
                    .toList();
        } catch (IOException e) {
            throw VgpubenchException.infrastructure("cannot list local instances in " + root + ": " + e.getMessage(), e);
        }
    }

    /**
     * The instance's agents, as MPS clients where its flavor is partitioned by MPS (the daemon started again if it
     * is gone, after a reboot or a teardown elsewhere).
     */
    @Override
    public AgentHost connect(CampaignId campaign, InstanceInfo instance) {
        Path dir = instanceDir(campaign, instance.name());
        Map<String, String> env = ClientEnv.read(dir);
        if (!env.isEmpty()) {
            mps(campaign).start();
        }
        return new LocalAgentHost(dir, env);
    }

    private MpsDaemon mps(CampaignId campaign) {
        return new MpsDaemon(CampaignFolder.of(resultsRoot, campaign).root());
    }

    @Override
    public List<String> teardown(CampaignId campaign) {
        List<String> leftovers = new ArrayList<>();
        for (InstanceInfo i : discover(campaign)) {
            Path dir = instanceDir(campaign, i.name());
            try (LocalAgentHost host = new LocalAgentHost(dir)) {
                host.killAll();
                host.cleanup();
                AtomicFile.write(dir.resolve(MARKER), i.flavor() + "\nDELETED\n");
            } catch (IOException | UncheckedIOException | VgpubenchException e) {
                leftovers.add("local instance " + i.name() + " (" + dir + "): " + e.getMessage());
            }
        }
        leftovers.addAll(mps(campaign).stop());
        return leftovers;
    }

    private Path instanceDir(CampaignId campaign, String name) {
        return CampaignFolder.of(resultsRoot, campaign).instance(name);
    }

    private static InstanceInfo info(Path dir, String flavor, InstanceState state) {
        String name = dir.getFileName().toString();
        return new InstanceInfo(name, name, flavor, state, SshRoute.none(), Map.of());
    }

    private static List<String> readMarker(Path dir) {
        try {
            return Files.readAllLines(dir.resolve(MARKER));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
