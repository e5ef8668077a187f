package io.vgpubench.cloud.openstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.vgpubench.VgpubenchException;
import io.vgpubench.cloud.InstanceInfo;
import io.vgpubench.cloud.SshRoute;
import io.vgpubench.cloud.openstack.api.ServerView;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Addresses given to servers as they become ACTIVE, several at once as the launcher's threads do: one floating
 * IP each, or one jump host (the first server ACTIVE) for all, or fixed addresses.
 */
class AddressesTest {
    /** The threads that describe servers, so a test can tell when they are blocked. */
    private final List<Thread> describing = new CopyOnWriteArrayList<>();
    private final ExecutorService threads = Executors.newFixedThreadPool(3, r -> {
        Thread t = new Thread(r);
        describing.add(t);
        return t;
    });
    private final List<String> attached = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    private static ServerView server(String id, String name, String fixed) {
        return new ServerView(id, name, "ACTIVE", null, Map.of("private", List.of(fixed)), Map.of(),
                Map.of(Names.FLAVOR_KEY, "g3.small"), List.of(), null);
    }

    /** Attaches as Neutron would (149.165.1.N for server N), once {@code release} opens; says it started. */
    private Function<ServerView, String> attach(CountDownLatch started, CountDownLatch release) {
        return s -> {
            started.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            attached.add(s.name());
            return "149.165.1." + s.id();
        };
    }

    private List<CompletableFuture<InstanceInfo>> describeAtOnce(Addresses addresses, ServerView... servers) {
        return List.of(servers).stream().map(s -> CompletableFuture.supplyAsync(() -> addresses.of(s), threads))
                .toList();
    }

    @Test
    void theFirstServerActiveTakesTheOneFloatingIpAndTheOthersWaitForItAsTheirJumpHost() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Addresses addresses = Addresses.viaFirst("private", attach(started, release));
        CompletableFuture<InstanceInfo> first = describeAtOnce(addresses, server("1", "c-1", "10.0.0.7")).get(0);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        List<CompletableFuture<InstanceInfo>> others = describeAtOnce(addresses, server("2", "c-2", "10.0.0.8"),
                server("3", "c-3", "10.0.0.9"));
        await().atMost(Duration.ofSeconds(5)).until(() -> describing.stream()
                .filter(t -> t.getState() == Thread.State.WAITING).count() == 2);
        assertThat(others).as("blocked until the jump host has its floating IP").noneMatch(CompletableFuture::isDone);
        release.countDown();

        assertThat(first.join().route()).isEqualTo(SshRoute.direct("149.165.1.1"));
        assertThat(others).allSatisfy(f -> assertThat(f.join().route().jump())
                .contains(new SshRoute.Jump("1", "c-1", "149.165.1.1")));
        assertThat(others.get(0).join().route().address()).isEqualTo("10.0.0.8");
        assertThat(attached).containsExactly("c-1");
    }

    @Test
    void aJumpHostWhoseFloatingIpIsRefusedFailsEveryServerBehindItWithTheReason() {
        Addresses addresses = Addresses.viaFirst("private", s -> {
            throw VgpubenchException.infrastructure("allocating a floating IP for " + s.name() + ": HTTP 409 OverQuota",
                    null);
        });

        assertThatThrownBy(() -> addresses.of(server("1", "c-1", "10.0.0.7"))).hasMessageContaining("HTTP 409");
        assertThatThrownBy(() -> addresses.of(server("2", "c-2", "10.0.0.8")))
                .hasMessage("no jump host: allocating a floating IP for c-1: HTTP 409 OverQuota");
    }

    @Test
    void withAFloatingIpForEveryServerEachGetsItsOwnAsItBecomesActive() {
        CountDownLatch open = new CountDownLatch(0);
        List<CompletableFuture<InstanceInfo>> infos = describeAtOnce(Addresses.floatingEach("private",
                        attach(new CountDownLatch(2), open)),
                server("1", "c-1", "10.0.0.7"), server("2", "c-2", "10.0.0.8"));

        assertThat(infos).extracting(f -> f.join().route())
                .containsExactly(SshRoute.direct("149.165.1.1"), SshRoute.direct("149.165.1.2"));
        assertThat(attached).containsExactlyInAnyOrder("c-1", "c-2");
    }

    @Test
    void onResumeNewServersGoThroughTheJumpHostTheCampaignHasAlready() {
        SshRoute.Jump jump = new SshRoute.Jump("j", "c-1", "149.165.1.9");
        InstanceInfo info = Addresses.via("private", jump).of(server("4", "c-4", "10.0.0.10"));

        assertThat(info.route()).isEqualTo(SshRoute.through(jump, "10.0.0.10"));
    }

    @Test
    void withoutFloatingIpsAServerIsReachedOnItsFixedAddressAndNothingIsAttached() {
        InstanceInfo info = Addresses.fixed("private").of(server("1", "c-1", "10.0.0.7"));

        assertThat(info.route()).isEqualTo(SshRoute.direct("10.0.0.7"));
        assertThat(attached).isEmpty();
    }
}
