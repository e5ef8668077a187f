package io.vgpubench.cloud.openstack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.vgpubench.cloud.ProvisionResult.ProvisionFailure;
import io.vgpubench.cloud.openstack.api.NovaServers;
import io.vgpubench.cloud.openstack.api.RetrySettings;
import io.vgpubench.cloud.openstack.api.ServerView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Booting and waiting against WireMock's Nova, only for what a real Nova will not do on demand: 429 with
 * Retry-After, bursts of 503, connection resets, slow answers, servers stuck in BUILD, ERROR with a
 * NoValidHost fault, quota refusals, servers that boot at different speeds. (The real-Nova behaviour is in
 * OpenStackCloudIT.)
 */
class ServerLauncherTest {
    private static final RetrySettings FAST = new RetrySettings(Duration.ofMillis(50), Duration.ofMillis(200), 5,
            Duration.ofSeconds(5), Duration.ofSeconds(5));
    private static final String TAG = "camp-20261125t1800-abcd";
    private final FakeNova nova = new FakeNova();
    private final List<String> log = new ArrayList<>();

    @AfterEach
    void stop() {
        nova.close();
    }

    private ServerLauncher launcher(int retries, Duration bootTimeout, RetrySettings retry) {
        LaunchSettings settings = new LaunchSettings(4, retries, Duration.ofMillis(50), Duration.ofMillis(200),
                bootTimeout, Duration.ofSeconds(10), Duration.ofSeconds(1));
        return new ServerLauncher(nova.client(retry), settings, log::add);
    }

    private static List<ServerLauncher.Slot> slots(int n) {
        List<ServerLauncher.Slot> slots = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            slots.add(new ServerLauncher.Slot(new NovaServers.Boot(TAG + "-g3-small-" + i, "img", "flv", "net", "key",
                    "sg", null, Map.of("vgpubench-campaign", TAG), List.of("vgpubench", TAG)), "g3.small"));
        }
        return slots;
    }

    private List<ServeEvent> requests(String method, String path) {
        return nova.requests().stream().filter(e -> e.getRequest().getMethod().getName().equals(method)
                && e.getRequest().getUrl().startsWith("/compute" + path)).toList();
    }

    @Test
    void aBootAnswered429IsSentAgainAfterItsRetryAfter() {
        nova.wire.stubFor(post(urlPathEqualTo("/compute/servers")).atPriority(1).inScenario("429")
                .whenScenarioStateIs(STARTED).willSetStateTo("served")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withBody("{\"overLimit\": {\"message\": \"slow down\"}}")));

        ServerLauncher.Outcome outcome = launcher(0, Duration.ofSeconds(10), FAST).launch(TAG, slots(1));

        assertThat(outcome.ready()).hasSize(1);
        List<ServeEvent> boots = requests("POST", "/servers");
        assertThat(boots).hasSize(2);
        long gap = boots.get(1).getRequest().getLoggedDate().getTime() - boots.get(0).getRequest().getLoggedDate().getTime();
        // WireMock stamps each request when it arrives, the client waits from when the answer arrives:
        // the gap is close to 1000 ms but may read a little under; the 50 ms backoff would be far under
        assertThat(gap).as("waited the Retry-After (1 s), not the 50 ms backoff").isGreaterThanOrEqualTo(700);
    }

    @Test
    void aBurstOf503OnTheStatusListIsRiddenOut() {
        for (int i = 0; i < 3; i++) {
            nova.wire.stubFor(get(urlPathEqualTo("/compute/servers/detail")).atPriority(1).inScenario("503")
                    .whenScenarioStateIs(i == 0 ? STARTED : "s" + i).willSetStateTo("s" + (i + 1))
                    .willReturn(aResponse().withStatus(503).withBody("service unavailable")));
        }

        ServerLauncher.Outcome outcome = launcher(0, Duration.ofSeconds(10), FAST).launch(TAG, slots(3));

        assertThat(outcome.ready()).hasSize(3);
        assertThat(outcome.failures()).isEmpty();
        assertThat(requests("GET", "/servers/detail").stream().filter(e -> e.getResponse().getStatus() == 503))
                .hasSize(3);
    }

    @Test
    void aConnectionResetDuringABootIsRetried() {
        nova.wire.stubFor(post(urlPathEqualTo("/compute/servers")).atPriority(1).inScenario("reset")
                .whenScenarioStateIs(STARTED).willSetStateTo("served")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        ServerLauncher.Outcome outcome = launcher(0, Duration.ofSeconds(10), FAST).launch(TAG, slots(1));

        assertThat(outcome.ready()).hasSize(1);
        assertThat(requests("POST", "/servers")).hasSize(2);
    }

    @Test
    void aBootWhoseAnswerWasLostAndWasSentAgainLeavesNoSecondServer() {
        nova.loseNextBootAnswers(1); // Nova created the server, the answer never came: the retry creates another

        ServerLauncher.Outcome outcome = launcher(0, Duration.ofSeconds(10), FAST).launch(TAG, slots(1));

        assertThat(outcome.ready()).singleElement().satisfies(v -> assertThat(v.name()).isEqualTo(TAG + "-g3-small-1"));
        assertThat(requests("POST", "/servers")).hasSize(2);
        assertThat(requests("DELETE", "/servers/")).hasSize(1);
        assertThat(nova.serversLeft()).isEqualTo(1);
        assertThat(log).anyMatch(l -> l.contains(TAG + "-g3-small-1: a second server") && l.contains("deleted"));
    }

    @Test
    void anAnswerSlowerThanTheRequestTimeoutIsAskedAgain() {
        nova.wire.stubFor(get(urlPathEqualTo("/compute/servers/detail")).atPriority(1).inScenario("slow")
                .whenScenarioStateIs(STARTED).willSetStateTo("served")
                .willReturn(aResponse().withFixedDelay(3_000).withBody("{\"servers\": []}")));
        RetrySettings impatient = new RetrySettings(Duration.ofMillis(50), Duration.ofMillis(200), 5,
                Duration.ofSeconds(5), Duration.ofMillis(800));

        ServerLauncher.Outcome outcome = launcher(0, Duration.ofSeconds(10), impatient).launch(TAG, slots(1));

        assertThat(outcome.ready()).hasSize(1);
    }

    @Test
    void aServerStuckInBuildIsGivenUpAfterTheBootTimeoutAndDeleted() {
        nova.stuckInBuild();

        ServerLauncher.Outcome outcome = launcher(2, Duration.ofMillis(600), FAST).launch(TAG, slots(2));

        assertThat(outcome.ready()).isEmpty();
        assertThat(outcome.failures()).hasSize(2).allSatisfy(f -> assertThat(f.reason())
                .startsWith("still BUILD 0 s after its boot was accepted; deleted"));
        assertThat(nova.serversLeft()).isZero();
    }

    @Test
    void noValidHostIsRecordedTheServerDeletedAndBootedAgainUntilTheRetriesRunOut() {
        nova.failNextBoots(3);

        ServerLauncher.Outcome outcome = launcher(1, Duration.ofSeconds(10), FAST).launch(TAG, slots(2));

        assertThat(outcome.ready()).as("one of the two got through on its second boot").hasSize(1);
        assertThat(outcome.failures()).singleElement().satisfies(f -> {
            assertThat(f.flavor()).isEqualTo("g3.small");
            assertThat(f.reason()).as("the fault once, with its count").isEqualTo(FakeNova.NO_VALID_HOST + " (2 boots)");
        });
        assertThat(requests("POST", "/servers")).hasSize(4);
        assertThat(requests("DELETE", "/servers/")).hasSize(3);
        assertThat(nova.serversLeft()).isEqualTo(1);
        assertThat(log).filteredOn(l -> l.contains("booting again")).hasSize(2);
    }

    @Test
    void aQuotaRefusalFailsTheServerAtOnceWithNovasMessage() {
        nova.wire.stubFor(post(urlPathEqualTo("/compute/servers")).atPriority(1).willReturn(aResponse().withStatus(403)
                .withBody("{\"forbidden\": {\"code\": 403, \"message\": \"Quota exceeded for instances: Requested 1,"
                        + " but already used 20 of 20 instances\"}}")));

        ServerLauncher.Outcome outcome = launcher(2, Duration.ofSeconds(10), FAST).launch(TAG, slots(1));

        assertThat(outcome.failures()).singleElement().satisfies(f -> assertThat(f.reason())
                .isEqualTo("quota exceeded: Quota exceeded for instances: Requested 1, but already used 20 of 20 instances"));
        assertThat(requests("POST", "/servers")).hasSize(1);
    }

    @Test
    void theFirstServerActiveIsToldWhileTheSlowOneStillBootsAndAFailureAtOnce() {
        nova.bootDelay(TAG + "-g3-small-2", Duration.ofSeconds(3));
        nova.wire.stubFor(post(urlPathEqualTo("/compute/servers")).atPriority(1)
                .withRequestBody(containing(TAG + "-g3-small-3"))
                .willReturn(aResponse().withStatus(403).withBody("{\"forbidden\": {\"code\": 403, \"message\":"
                        + " \"Quota exceeded for cores\"}}")));
        NovaServers client = nova.client(FAST);
        List<String> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        Map<String, String> building = new java.util.concurrent.ConcurrentHashMap<>();
        ServerLauncher.Watcher watcher = new ServerLauncher.Watcher() {
            @Override
            public void active(ServerView server) {
                // what Nova says of every server at the moment this one is told
                String others = client.listTagged(TAG).stream().filter(v -> !v.id().equals(server.id()))
                        .map(v -> v.name().substring(TAG.length() + 1) + "=" + v.status()).sorted().toList().toString();
                told.add("active " + server.name().substring(TAG.length() + 1) + " while " + others);
            }

            @Override
            public void failed(ProvisionFailure failure) {
                told.add("failed " + failure.name().substring(TAG.length() + 1));
            }

            @Override
            public void building(String name, String id) {
                building.put(name.substring(TAG.length() + 1), id);
            }
        };

        ServerLauncher.Outcome outcome = launcher(0, Duration.ofSeconds(10), FAST).launch(TAG, slots(3), watcher);

        assertThat(told).containsExactly("failed g3-small-3", "active g3-small-1 while [g3-small-2=BUILD]",
                "active g3-small-2 while [g3-small-1=ACTIVE]");
        assertThat(outcome.ready()).extracting(ServerView::name).containsExactly(TAG + "-g3-small-1",
                TAG + "-g3-small-2");
        assertThat(building).as("told BUILDING with Nova's id, the refused one not").containsOnlyKeys("g3-small-1", "g3-small-2")
                .containsEntry("g3-small-1", outcome.ready().get(0).id()).containsEntry("g3-small-2", outcome.ready().get(1).id());
        assertThat(outcome.failures()).singleElement().satisfies(f -> assertThat(f.reason())
                .isEqualTo("quota exceeded: Quota exceeded for cores"));
    }
}
