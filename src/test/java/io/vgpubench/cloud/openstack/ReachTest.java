package io.vgpubench.cloud.openstack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vgpubench.cloud.InstanceInfo;
import io.vgpubench.cloud.InstanceState;
import io.vgpubench.cloud.SshRoute;
import io.vgpubench.cloud.openstack.api.RetrySettings;
import io.vgpubench.model.CloudSpec;
import io.vgpubench.ssh.Fingerprint;
import io.vgpubench.ssh.HostKeyPolicy;
import io.vgpubench.ssh.SshEndpoint;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The SSH endpoint of an instance: host keys pinned from its console (served by WireMock), and its jump host. */
class ReachTest {
    private final FakeNova nova = new FakeNova();
    private final CloudSpec.OpenStack spec = new CloudSpec.OpenStack("js2", null, "img", "net", "exouser", true, null,
            8, 2, null, false);

    @AfterEach
    void stop() {
        nova.close();
    }

    private void console(String serverId, String text) throws Exception {
        String body = new ObjectMapper().createObjectNode().put("output", text).toString();
        nova.wire.stubFor(post(urlPathEqualTo("/compute/servers/" + serverId + "/action")).atPriority(1)
                .willReturn(aResponse().withBody(body)));
    }

    @Test
    void aServerBehindTheJumpHostIsPinnedToItsConsoleKeysAndSoIsTheJumpHost() throws Exception {
        console("s2", ConsoleFingerprintsTest.console("256 " + ConsoleFingerprintsTest.ED + " root@vm2 (ED25519)"));
        console("s1", ConsoleFingerprintsTest.console("3072 " + ConsoleFingerprintsTest.RSA + " root@vm1 (RSA)"));
        InstanceInfo behind = new InstanceInfo("s2", "camp-g3-small-2", "g3.small", InstanceState.ACTIVE,
                SshRoute.through(new SshRoute.Jump("s1", "camp-g3-small-1", "149.165.1.2"), "10.0.0.7"), Map.of());
        Reach reach = new Reach(spec, Duration.ofSeconds(1), nova.client(RetrySettings.standard()), l -> { });

        SshEndpoint endpoint = reach.endpoint(behind, Path.of("/results/camp/ssh/id_rsa"));

        assertThat(endpoint.host()).isEqualTo("10.0.0.7");
        assertThat(endpoint.user()).isEqualTo("exouser");
        assertThat(endpoint.hostKeys()).isEqualTo(new HostKeyPolicy.Pinned(List.of(
                new Fingerprint(ConsoleFingerprintsTest.ED, "ed25519"))));
        assertThat(endpoint.jump().host()).isEqualTo("149.165.1.2");
        assertThat(endpoint.jump().hostKeys()).isEqualTo(new HostKeyPolicy.Pinned(List.of(
                new Fingerprint(ConsoleFingerprintsTest.RSA, "rsa"))));
    }

    @Test
    void theConsoleIsAskedAgainUntilCloudInitHasPrintedTheKeys() throws Exception {
        nova.wire.stubFor(post(urlPathEqualTo("/compute/servers/s1/action")).atPriority(1).inScenario("boot")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED).willSetStateTo("up")
                .willReturn(aResponse().withBody("{\"output\": \"[    0.000000] Linux version 5.15.0\\n\"}")));
        String later = new ObjectMapper().createObjectNode().put("output", ConsoleFingerprintsTest.console(
                "256 " + ConsoleFingerprintsTest.ED + " root@vm (ED25519)")).toString();
        nova.wire.stubFor(post(urlPathEqualTo("/compute/servers/s1/action")).atPriority(1).inScenario("boot")
                .whenScenarioStateIs("up").willReturn(aResponse().withBody(later)));
        InstanceInfo vm = new InstanceInfo("s1", "camp-1", "g3.small", InstanceState.ACTIVE,
                SshRoute.direct("149.165.1.2"), Map.of());

        List<String> said = new java.util.ArrayList<>();
        SshEndpoint endpoint = new Reach(spec, Duration.ofSeconds(5), nova.client(RetrySettings.standard()), said::add)
                .endpoint(vm, Path.of("k"));

        assertThat(endpoint.hostKeys()).isInstanceOf(HostKeyPolicy.Pinned.class);
        assertThat(endpoint.jump()).isNull();
        assertThat(said).hasSize(2).first().asString().isEqualTo("camp-1: waiting up to 5s for cloud-init's host key"
                + " fingerprints on the console (cloud.console_wait)");
        assertThat(said.get(1)).startsWith("camp-1: 1 host key fingerprint(s) on the console after ");
    }

    @Test
    void aConsoleWhereCloudInitFinishedWithoutKeysIsNotWaitedForAnyLonger() throws Exception {
        console("s1", "[   12.1] cloud-init[812]: Cloud-init v. 23.1.2-0ubuntu0~22.04.1 running 'modules:final'\n"
                + "[   14.9] cloud-init[812]: Cloud-init v. 23.1.2-0ubuntu0~22.04.1 finished at Wed, 02 Dec 2026"
                + " 05:01:12 +0000. Datasource DataSourceOpenStackLocal.  Up 14.87 seconds\n");
        InstanceInfo vm = new InstanceInfo("s1", "camp-1", "g3.small", InstanceState.ACTIVE,
                SshRoute.direct("149.165.1.2"), Map.of());
        List<String> said = new java.util.ArrayList<>();
        Reach reach = new Reach(spec, Duration.ofHours(1), nova.client(RetrySettings.standard()), said::add);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.junit.jupiter.api.Assertions
                        .assertTimeoutPreemptively(Duration.ofSeconds(30), () -> reach.endpoint(vm, Path.of("k"))))
                .hasMessageContaining("instance camp-1: the cloud gave no SSH host key fingerprints and trust on first"
                        + " use was not allowed");
        assertThat(said).containsExactly("camp-1: the console shows cloud-init finished without host key"
                + " fingerprints; not waiting for them");
    }
}
