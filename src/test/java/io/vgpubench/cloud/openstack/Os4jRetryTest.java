package io.vgpubench.cloud.openstack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.vgpubench.VgpubenchException;
import io.vgpubench.cloud.openstack.api.ApiHttp;
import io.vgpubench.cloud.openstack.api.RetrySettings;
import io.vgpubench.cloud.openstack.auth.CloudConfig;
import io.vgpubench.cloud.openstack.auth.Credentials;
import io.vgpubench.cloud.openstack.auth.Session;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openstack4j.api.types.Facing;
import org.openstack4j.model.compute.Flavor;

/**
 * Calls that go through openstack4j get the same retries as the direct ones: a Keystone and Nova served by
 * WireMock answer 503 twice before the flavor list, and a 500 burst longer than the retries ends in a cloud
 * failure naming the call.
 */
class Os4jRetryTest {
    private static final RetrySettings FAST = new RetrySettings(Duration.ofMillis(20), Duration.ofMillis(100), 3,
            Duration.ofSeconds(1), Duration.ofSeconds(5));
    private final WireMockServer wire = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private Session session;

    @BeforeEach
    void keystone() {
        wire.start();
        String token = """
                {"token": {"methods": ["password"], "expires_at": "%s",
                  "user": {"id": "u1", "name": "demo", "domain": {"id": "default", "name": "Default"}},
                  "project": {"id": "p1", "name": "demo", "domain": {"id": "default", "name": "Default"}},
                  "catalog": [{"type": "compute", "name": "nova", "id": "c1", "endpoints": [
                    {"id": "e1", "interface": "public", "region": "RegionOne", "region_id": "RegionOne",
                     "url": "%s/compute/v2.1"}]}]}}
                """.formatted(Instant.now().plus(Duration.ofHours(1)), wire.baseUrl());
        wire.stubFor(post(urlPathEqualTo("/identity/v3/auth/tokens")).willReturn(aResponse().withStatus(201)
                .withHeader("X-Subject-Token", "tok").withHeader("Content-Type", "application/json").withBody(token)));
        session = Session.login(new CloudConfig("wiremock", URI.create(wire.baseUrl() + "/identity/v3"),
                new Credentials.Password(new Credentials.UserRef("demo", null, "Default", null), "pw",
                        new Credentials.ProjectScope("p1", null, null, null)), null, Facing.PUBLIC),
                new ApiHttp(FAST));
    }

    @AfterEach
    void stop() {
        wire.stop();
    }

    @Test
    void aFlavorListAnswered503TwiceIsAskedAgainUntilItComes() {
        for (int i = 0; i < 2; i++) {
            wire.stubFor(get(urlPathMatching("/compute/v2.1/flavors.*")).atPriority(1).inScenario("503")
                    .whenScenarioStateIs(i == 0 ? STARTED : "once").willSetStateTo(i == 0 ? "once" : "twice")
                    .willReturn(aResponse().withStatus(503).withBody("{}")));
        }
        wire.stubFor(get(urlPathMatching("/compute/v2.1/flavors.*")).atPriority(5).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"flavors\": [{\"id\": \"f1\", \"name\": \"g3.small\", \"vcpus\": 4, \"ram\": 15360,"
                        + " \"disk\": 60}]}")));

        var flavors = new Os4j(FAST).call("listing flavors", () -> session.os().compute().flavors().list());

        assertThat(flavors).extracting(Flavor::getName).containsExactly("g3.small");
        assertThat(wire.getAllServeEvents()).filteredOn(e -> e.getRequest().getUrl().contains("flavors")).hasSize(3);
    }

    @Test
    void aLongerBurstEndsInACloudFailureNamingTheCall() {
        wire.stubFor(get(urlPathMatching("/compute/v2.1/flavors.*")).willReturn(aResponse().withStatus(500)
                .withBody("{\"computeFault\": {\"code\": 500, \"message\": \"boom\"}}")));

        assertThatThrownBy(() -> new Os4j(FAST).call("listing flavors", () -> session.os().compute().flavors().list()))
                .isInstanceOf(VgpubenchException.class).hasMessageStartingWith("listing flavors: HTTP 500")
                .satisfies(e -> assertThat(((VgpubenchException) e).kind()).isEqualTo(io.vgpubench.FailureKind.INFRASTRUCTURE));
        assertThat(wire.getAllServeEvents()).filteredOn(e -> e.getRequest().getUrl().contains("flavors")).hasSize(4);
    }
}
