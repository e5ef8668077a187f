package io.vgpubench.cloud.openstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.cloud.openstack.api.ApiHttp;
import io.vgpubench.cloud.openstack.api.NovaServers;
import io.vgpubench.cloud.openstack.api.RetrySettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a timed test (tag {@code benchmark}, excluded by default; run with
 * {@code mvn -B test -pl controller -am -Dgroups=benchmark -Dtest.excludedGroups=none -Dtest=FleetBootBenchmarkTest
 * -Dsurefire.failIfNoSpecifiedTests=false}). WireMock serves Nova with a 20 s boot and a log-normal
 * per-request latency (median 150 ms); one server is booted as the reference, then 64 in the same run with the
 * default launch settings and a concurrency of 16. Prints the ratio and the API requests per server, and
 * checks that all 64 are deleted.
 */
@Tag("benchmark")
class FleetBootBenchmarkTest {
    private static final Duration BOOT = Duration.ofSeconds(20);

    @Test
    void sixtyFourServersReachActiveInLittleMoreThanTheTimeOfOne() {
        try (FakeNova nova = new FakeNova(r -> r.withLogNormalRandomDelay(150, 0.4))) {
            nova.bootDelay(BOOT);
            ApiHttp http = new ApiHttp(RetrySettings.standard());
            NovaServers client = nova.client(http);
            LaunchSettings settings = LaunchSettings.of(16, 0);

            Run one = run(client, http, settings, "bench-one-20261125t1800-0001", 1);
            Run fleet = run(client, http, settings, "bench-fleet-20261125t1800-0064", 64);

            double ratio = (double) fleet.toActive().toMillis() / one.toActive().toMillis();
            System.out.printf("BENCHMARK fleet boot: 1 server ACTIVE in %.2f s, 64 servers in %.2f s, ratio %.3f;"
                            + " API requests per server: %.2f to ACTIVE, %.2f with deletion; servers left %d%n",
                    one.toActive().toMillis() / 1e3, fleet.toActive().toMillis() / 1e3, ratio,
                    fleet.bootRequests() / 64.0, fleet.allRequests() / 64.0, nova.serversLeft());
            assertThat(fleet.ready()).isEqualTo(64);
            assertThat(ratio).isLessThan(1.25);
            assertThat(fleet.allRequests() / 64.0).as("boot + delete + a share of the bulk polls").isLessThanOrEqualTo(3.0);
            assertThat(nova.serversLeft()).isZero();
        }
    }

    private record Run(Duration toActive, int ready, long bootRequests, long allRequests) {}

    private static Run run(NovaServers client, ApiHttp http, LaunchSettings settings, String tag, int n) {
        List<ServerLauncher.Slot> slots = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            slots.add(new ServerLauncher.Slot(new NovaServers.Boot(tag + "-g3-small-" + i, "img", "flv", "net", "key",
                    "sg", null, Map.of("vgpubench-campaign", tag), List.of("vgpubench", tag)), "g3.small"));
        }
        long before = http.requestCount();
        long start = System.nanoTime();
        ServerLauncher.Outcome outcome = new ServerLauncher(client, settings, l -> { }).launch(tag, slots);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        long boots = http.requestCount() - before;
        new ServerReaper(client, settings).deleteTagged(tag);
        return new Run(took, outcome.ready().size(), boots, http.requestCount() - before);
    }
}
