package io.vgpubench.cloud.openstack;

import io.vgpubench.FailureKind;
import io.vgpubench.cloud.PlanCheck;
import io.vgpubench.model.CloudSpec;
import io.vgpubench.model.FlavorUnderTest;
import io.vgpubench.model.Playbook;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code vgpubench plan} checks on an OpenStack cloud, read-only: the image, network and flavors exist,
 * the fleet fits the project's quota (instances, cores, RAM, floating IPs), how SSH will reach it, and whether
 * the login lasts as long as the campaign may. Each problem names what does not fit.
 */
final class OpenStackPlan {
    private OpenStackPlan() {}

    static PlanCheck.Result check(OpenStackCloud cloud, Playbook p) {
        CloudSpec.OpenStack spec = (CloudSpec.OpenStack) p.cloud();
        List<String> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> names = p.flavors().stream().map(f -> Fleet.cloudFlavor(p.flavor(f.flavor()))).distinct().toList();
        Lookup.Found found = Lookup.find(cloud.session(), cloud.os4j(), spec.image(), spec.network(), names);
        lines.add("Cloud " + cloud.session().cloud().source() + ", project "
                + cloud.session().token().getProject().getName() + (spec.region() == null ? "" : ", region " + spec.region()));
        if (!found.missing().isEmpty()) {
            problems.addAll(found.missing());
            return new PlanCheck.Result(lines, problems, Optional.of(FailureKind.BAD_INPUT));
        }
        lines.add("image " + spec.image() + " (" + found.imageId() + "), network " + found.networkName() + " ("
                + found.networkId() + ")");
        List<CloudFlavor> fleet = new ArrayList<>();
        for (FlavorUnderTest f : p.flavors()) {
            CloudFlavor c = found.flavors().get(Fleet.cloudFlavor(p.flavor(f.flavor())));
            lines.add(String.format("flavor %s -> %s: %d vCPU, %d MB RAM, %d GB disk, %d vGPU%s, x%d", f.flavor(),
                    c.name(), c.vcpus(), c.ramMb(), c.diskGb(), c.vgpus(), c.vgpuType() == null ? "" : " " + c.vgpuType(),
                    f.instances()));
            for (int i = 0; i < f.instances(); i++) {
                fleet.add(c);
            }
        }
        int vgpus = fleet.stream().mapToInt(CloudFlavor::vgpus).sum();
        lines.add("vGPUs the fleet asks the scheduler for: " + vgpus);
        if ("anti-affinity".equals(spec.serverGroup())) {
            p.flavors().stream().filter(f -> f.instances() > 1).forEach(f -> lines.add("server group anti-affinity: the "
                    + f.instances() + " instances of " + f.flavor() + " each need a host of their own; where the cloud"
                    + " has fewer hosts able to take them, the rest fail with NoValidHost (and are not retried)"));
        }
        int free = spec.floatingIp() ? QuotaCheck.freeFloatingIps(cloud.session(), cloud.os4j()) : 0;
        int floatingIps = spec.floatingIp() ? Math.max(1, FloatingIps.toAllocate(fleet.size(), free)) : 0;
        for (QuotaCheck.Line l : QuotaCheck.check(cloud.session(), cloud.os4j(), fleet, floatingIps)) {
            lines.add((l.fits() ? "fits   " : "EXCEEDS ") + l.describe());
            if (!l.fits()) {
                problems.add("quota: " + l.describe());
            }
        }
        if (spec.floatingIp()) {
            int given = FloatingIps.toAllocate(fleet.size(), free);
            lines.add(given >= fleet.size() ? "SSH: a floating IP for each of the " + fleet.size() + " instances"
                    : "SSH: " + free + " floating IP(s) free for " + fleet.size() + " instances, so one instance gets"
                    + " one and serves as the jump host for the rest on the private network");
        }
        Duration length = longestInstance(p);
        cloud.expiryWarning(length).ifPresent(w -> lines.add("WARNING: " + w));
        return new PlanCheck.Result(lines, problems,
                problems.isEmpty() ? Optional.empty() : Optional.of(FailureKind.INFRASTRUCTURE));
    }

    /**
     * An upper bound of the campaign's length: the busiest instance's runs, each at the playbook's time limit, after
     * the longest a server may take to be ACTIVE, to show its keys on the console and to answer SSH.
     */
    static Duration longestInstance(Playbook p) {
        long runs = p.flavors().stream().mapToLong(f -> (long) f.tasks().size() * p.workloads().size()
                * (p.maxRepetitions() + p.warmup())).max().orElse(0);
        CloudSpec.OpenStack spec = (CloudSpec.OpenStack) p.cloud();
        LaunchSettings launch = LaunchSettings.of(spec.concurrency(), spec.retries(), spec.consoleWait());
        return launch.bootTimeout().plus(launch.consoleWait()).plus(spec.sshWait())
                .plus(p.timeLimit().multipliedBy(runs));
    }
}
