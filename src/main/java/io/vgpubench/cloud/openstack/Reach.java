package io.vgpubench.cloud.openstack;

import io.vgpubench.agenthost.AgentHost;
import io.vgpubench.cloud.CampaignId;
import io.vgpubench.cloud.InstanceInfo;
import io.vgpubench.cloud.SshRoute;
import io.vgpubench.cloud.openstack.api.NovaServers;
import io.vgpubench.model.CloudSpec;
import io.vgpubench.ssh.HostKeyPolicy;
import io.vgpubench.ssh.SshAgentHost;
import io.vgpubench.ssh.SshConnector;
import io.vgpubench.ssh.SshEndpoint;
import io.vgpubench.ssh.SshSettings;
import io.vgpubench.ssh.UploadProgress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * How SSH reaches an instance: its address, the campaign's key, the host key fingerprints cloud-init printed
 * to the console (waited for up to the launch settings' console wait; without them, trust on first use only where the
 * playbook allows it), and the jump host for instances without a floating IP.
 */
final class Reach {
    private final CloudSpec.OpenStack spec;
    private final Duration consoleWait;
    private final NovaServers nova;
    private final Consumer<String> console;
    private final SshConnector connector;

    Reach(CloudSpec.OpenStack spec, Duration consoleWait, NovaServers nova, Consumer<String> console) {
        this.spec = spec;
        this.consoleWait = consoleWait;
        this.nova = nova;
        this.console = console;
        this.connector = new SshConnector(SshSettings.forNewVms().withReadiness(spec.sshWait() == null
                ? CloudSpec.OpenStack.SSH_WAIT : spec.sshWait())).saying(console);
    }

    AgentHost connect(CampaignId campaign, InstanceInfo instance, Path key) {
        SshAgentHost host = new SshAgentHost(endpoint(instance, key), campaign.value(), connector,
                UploadProgress.percentLines(instance.name() + ": uploading agent bundle", console));
        try {
            host.connect();
            return host;
        } catch (RuntimeException e) {
            host.close();
            throw e;
        }
    }

    SshEndpoint endpoint(InstanceInfo instance, Path key) {
        SshRoute route = instance.route();
        SshEndpoint jump = route.jump().map(j -> new SshEndpoint(j.name(), j.address(), 22, spec.sshUser(), key,
                HostKeyPolicy.forCloudInstance(fingerprints(j.name(), j.id(), j.hostKeyFingerprints()),
                        spec.trustOnFirstUse(), j.name()),
                null)).orElse(null);
        List<String> fingerprints = fingerprints(instance.name(), instance.id(), route.hostKeyFingerprints());
        return new SshEndpoint(instance.name(), route.address(), 22, spec.sshUser(), key,
                HostKeyPolicy.forCloudInstance(fingerprints, spec.trustOnFirstUse(), instance.name()), jump);
    }

    /**
     * The fingerprints given, else those the server's console shows once cloud-init has printed them: waited for up
     * to the console wait, and no longer once the console shows that cloud-init finished without printing any.
     */
    private List<String> fingerprints(String name, String serverId, List<String> given) {
        if (!given.isEmpty()) {
            return given;
        }
        Instant started = Instant.now();
        Instant deadline = started.plus(consoleWait);
        boolean told = false;
        while (true) {
            String text = nova.consoleOutput(serverId, 500);
            List<String> found = ConsoleFingerprints.parse(text);
            if (!found.isEmpty()) {
                if (told) {
                    console.accept(name + ": " + found.size() + " host key fingerprint(s) on the console after "
                            + io.vgpubench.model.Durations.format(Duration.between(started, Instant.now())));
                }
                return found;
            }
            if (ConsoleFingerprints.bootFinished(text)) {
                console.accept(name + ": the console shows cloud-init finished without host key fingerprints;"
                        + " not waiting for them");
                return found;
            }
            if (Instant.now().isAfter(deadline)) {
                console.accept(name + ": no host key fingerprints on the console after "
                        + io.vgpubench.model.Durations.format(consoleWait) + " (cloud.console_wait)");
                return found;
            }
            if (!told) {
                told = true;
                console.accept(name + ": waiting up to " + io.vgpubench.model.Durations.format(consoleWait)
                        + " for cloud-init's host key fingerprints on the console (cloud.console_wait)");
            }
            if (!Pause.sleep(Duration.ofMillis(Math.min(5_000, Math.max(100, consoleWait.toMillis() / 4))))) {
                return List.of();
            }
        }
    }
}
