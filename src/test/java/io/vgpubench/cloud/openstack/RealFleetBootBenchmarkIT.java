package io.vgpubench.cloud.openstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.cloud.CampaignId;
import io.vgpubench.cloud.ProvisionResult;
import io.vgpubench.cloud.openstack.fixture.OpenStackEnv;
import io.vgpubench.cloud.openstack.fixture.RealOpenStack;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmark, not a timed test (tags {@code openstack} and {@code benchmark}; failsafe leaves benchmarks out unless
 * asked: {@code mvn -B verify -pl controller -am -Popenstack -Dit.test=RealFleetBootBenchmarkIT -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false -Dit.excludedGroups=none}). On the real API of {@code up.sh}: time to
 * ACTIVE (with addresses) of 1, 4 and 16 servers provisioned by the openstack cloud with its default concurrency,
 * each fleet torn down before the next; prints each against the one server of the same run. The fixture's one
 * compute host builds servers one at a time, so the ratio says what the controller adds on top of the cloud.
 */
@RealOpenStack
@Tag("benchmark")
class RealFleetBootBenchmarkIT {
    @TempDir
    Path results;

    @Test
    void aFleetReachesActiveInTheTimeTheCloudTakesToBuildIt(OpenStackEnv env) {
        List<String> log = new ArrayList<>();
        List<Double> seconds = new ArrayList<>();
        for (int n : List.of(1, 4, 16)) {
            CampaignId id = CampaignId.fresh("bench-boot" + n);
            OpenStackCloud cloud = FixtureClouds.cloud(env, new io.vgpubench.model.CloudSpec.OpenStack(null,
                    env.region(), env.image().name(), env.network().privateNetwork(), "ubuntu", false, null, 8, 0, null,
                    false), results, log);
            try {
                long t0 = System.nanoTime();
                ProvisionResult r = cloud.provision(id, FixtureClouds.requests(id, env.cpuFlavors().get(0), n));
                seconds.add((System.nanoTime() - t0) / 1e9);
                assertThat(r.failures()).as(log.toString()).isEmpty();
                assertThat(r.ready()).hasSize(n);
            } finally {
                assertThat(cloud.teardown(id)).isEmpty();
            }
        }
        System.out.printf(java.util.Locale.ROOT, "BENCHMARK real-API fleet boot (%s): 1 server ACTIVE in %.2f s,"
                        + " 4 in %.2f s (%.2fx, %.2f s a server), 16 in %.2f s (%.2fx, %.2f s a server)%n",
                env.authUrl(), seconds.get(0), seconds.get(1), seconds.get(1) / seconds.get(0), seconds.get(1) / 4,
                seconds.get(2), seconds.get(2) / seconds.get(0), seconds.get(2) / 16);
        assertThat(seconds).allSatisfy(s -> assertThat(s).isLessThan(Duration.ofMinutes(10).toSeconds()));
    }
}
