package io.vgpubench.cloud.openstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.campaign.journal.Journal;
import io.vgpubench.campaign.journal.JournalEntry;
import io.vgpubench.cloud.CampaignId;
import io.vgpubench.cloud.openstack.fixture.KeystoneLogin;
import io.vgpubench.cloud.openstack.fixture.MicroversionHttp;
import io.vgpubench.cloud.openstack.fixture.OpenStackEnv;
import io.vgpubench.contract.event.Sample;
import io.vgpubench.results.SamplesFile;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whole campaigns ({@code bin/vgpubench run}) against the fixture, whose test virt driver gives every server a
 * guest that SSH reaches (a network namespace with sshd, see {@code src/test/openstack/netns-driver/}), and what
 * such a campaign must leave behind: its samples and report, and nothing on the cloud or this machine.
 */
final class FixtureCampaigns {
    private static final Pattern STARTED = Pattern.compile("campaign (\\S+) -> (\\S+)");

    private FixtureCampaigns() {}

    /**
     * A playbook on the fixture's cloud {@code fixture} as the guests' login user, on the CPU backend, with short
     * repetitions. {@code cloud} adds keys to the cloud mapping ({@code ", retries: 0"}), {@code flavors} and
     * {@code workloads} are YAML list items.
     */
    static String playbook(OpenStackEnv env, String name, String cloud, String flavors, String workloads,
                           int repetitions) {
        return """
                name: %s
                cloud: {type: openstack, cloud: fixture, image: %s, network: %s, ssh_user: %s, concurrency: 4%s}
                baseline: g3.small
                flavors:
                %s
                workloads:
                %s
                repetitions: %d
                warmup: 0
                repetition_time: 50ms
                prepare_time: 500ms
                backend: cpu
                time_limit: 3m
                teardown: always
                """.formatted(name, env.image().name(), env.network().privateNetwork(), env.guestUser(), cloud,
                flavors.strip().indent(2).stripTrailing(), workloads.strip().indent(2).stripTrailing(), repetitions);
    }

    /** One gemm workload, small enough for the CPU backend. */
    static final String GEMM = "- {name: gemm, parameters: {precision: fp64, m: 64, n: 64, k: 64}}";

    /** Two vGPU flavors, 2 instances each: the fixture's 4 VGPU slots. */
    static final String TWO_FLAVORS = """
            - {flavor: g3.small, instances: 2, tasks: [1]}
            - {flavor: g3.medium, instances: 2, tasks: [1]}
            """;

    /** How many times the journal says servers were asked for (1: the first run's only). */
    static int provisionRequests(Path campaignDir) {
        return (int) Journal.read(campaignDir.resolve("journal.jsonl")).stream()
                .filter(e -> e instanceof JournalEntry.ProvisionRequested).count();
    }

    /**
     * Reads a started run's output up to its {@code campaign <id> -> <dir>} line, sets {@code id}, and drains the rest
     * into {@code rest} (for the test's messages) on a daemon thread; returns the campaign folder.
     */
    static Path readStart(Process run, AtomicReference<CampaignId> id, StringBuffer rest) throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(run.getInputStream()));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            rest.append(line).append('\n');
            Matcher m = STARTED.matcher(line);
            if (m.find()) {
                id.set(new CampaignId(m.group(1)));
                Thread drain = new Thread(() -> lines.lines().forEach(l -> rest.append(l).append('\n')));
                drain.setDaemon(true);
                drain.start();
                return Path.of(m.group(2));
            }
        }
        throw new AssertionError("the run printed no 'campaign <id> -> <dir>' line:\n" + rest);
    }

    /** Every server id the campaign's journal names (each boot, the failed ones too). */
    static List<String> serverIds(Path campaignDir) {
        return Journal.read(campaignDir.resolve("journal.jsonl")).stream()
                .filter(e -> e instanceof JournalEntry.InstanceChanged c && c.cloudId() != null)
                .map(e -> ((JournalEntry.InstanceChanged) e).cloudId()).distinct().toList();
    }

    /** The Neutron ports (counted by the admin, across projects) bound to any of these servers. */
    static int ports(OpenStackEnv env, Collection<String> serverIds) {
        MicroversionHttp neutron = MicroversionHttp.neutron(KeystoneLogin.password(env, env.admin()));
        int n = 0;
        for (String server : serverIds) {
            n += neutron.get("/v2.0/ports?device_id=" + server).body().path("ports").size();
        }
        return n;
    }

    /** The guest the test virt driver made for a server (netns_guest.name_of): its network namespace. */
    static Path guestNamespace(String serverId) {
        return Path.of("/run/netns", guestName(serverId));
    }

    /** A guest's folder (sshd.log, console.log, ...) under the fixture's state folder, as up.sh and down.sh find it. */
    static Path guestFolder(String serverId) {
        return Path.of(System.getenv().getOrDefault("VGPUBENCH_OS_STATE", "/var/lib/vgpubench-openstack"), "guests",
                guestName(serverId));
    }

    private static String guestName(String serverId) {
        return "vgpubench-" + serverId.replace("-", "").substring(0, 10);
    }

    /**
     * Nothing of the campaign is left: no server, floating IP, security group, server group or key pair (counted
     * through the API), no port of its servers, no guest of its servers on this machine, no private key.
     */
    static void assertNothingLeft(OpenStackEnv env, OpenStackCloud api, CampaignId id, Path campaignDir) {
        List<String> servers = serverIds(campaignDir);
        assertThat(servers).as("the journal names the campaign's servers").isNotEmpty();
        assertThat(api.janitor().count(id)).isEqualTo(new Janitor.Counts(0, 0, 0, 0, 0));
        assertThat(ports(env, servers)).as("ports of the campaign's servers").isZero();
        assertThat(servers).as("guests (network namespaces) of the campaign's servers")
                .allSatisfy(s -> assertThat(guestNamespace(s)).doesNotExist());
        assertThat(campaignDir.resolve("ssh/id_rsa")).doesNotExist();
    }

    /** Every sample of {@code instances} instances, {@code perInstance} each (one task, one metric a run), once. */
    static List<Sample> assertEverySample(Path campaignDir, int instances, int perInstance) {
        List<Sample> samples = SamplesFile.read(campaignDir.resolve("samples.jsonl")).samples();
        assertThat(samples).extracting(Sample::key).doesNotHaveDuplicates();
        assertThat(samples).hasSize(instances * perInstance);
        assertThat(samples.stream().map(Sample::instance).distinct()).hasSize(instances);
        return samples;
    }

    /**
     * The report files; each flavor's gemm row in summary.csv counts exactly the samples overlap.csv proves (a
     * flavor's 2 instances are co-runners of one card: a sample whose co-runner was not loading it throughout is
     * left out), and there is no row where none is proven.
     */
    static void assertReport(Path campaignDir, String... flavors) throws Exception {
        for (String f : List.of("report.md", "report.html", "summary.csv", "summary.json", "overlap.csv")) {
            assertThat(campaignDir.resolve(f)).isNotEmptyFile();
        }
        List<String> summary = Files.readAllLines(campaignDir.resolve("summary.csv"));
        List<String> overlap = Files.readAllLines(campaignDir.resolve("overlap.csv"));
        for (String flavor : flavors) {
            long proven = overlap.stream().filter(l -> l.contains("," + flavor + ",1,gemm,")
                    && (l.contains(",full,") || l.contains(",alone,"))).count(); // alone: its group's only survivor
            List<String> rows = summary.stream().filter(l -> l.startsWith("gemm,tflops,TFLOP/s," + flavor + ",1,"))
                    .toList();
            if (proven == 0) {
                assertThat(rows).as("no summary row of " + flavor + " without a proven sample").isEmpty();
            } else {
                assertThat(rows).as("summary row of " + flavor).singleElement()
                        .satisfies(l -> assertThat(l.split(",", -1)[5]).isEqualTo(Long.toString(proven)));
            }
        }
    }
}
