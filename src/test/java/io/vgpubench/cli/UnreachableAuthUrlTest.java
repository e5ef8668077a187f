package io.vgpubench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The most common clouds.yaml mistake, an auth_url where nothing listens: `plan` says so at once, naming the URL
 * and the clouds.yaml entry, instead of minutes of silent retries.
 */
class UnreachableAuthUrlTest {
    @TempDir
    Path dir;

    @Test
    void planAgainstAnAuthUrlThatRefusesConnectionsFailsAtOnceNamingItAndItsCloudsYamlEntry() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort(); // free again once closed: nothing listens there
        }
        Path clouds = Files.writeString(dir.resolve("clouds.yaml"), """
                clouds:
                  mine:
                    auth:
                      auth_url: http://127.0.0.1:%d/v3
                      application_credential_id: ac1
                      application_credential_secret: s3cret
                    auth_type: v3applicationcredential
                    region_name: R
                """.formatted(closed));
        Path playbook = Files.writeString(dir.resolve("p.yaml"), """
                name: p
                cloud: {type: openstack, cloud: mine, image: img, network: net, ssh_user: ubuntu}
                baseline: g3.small
                flavors:
                  - {flavor: g3.small, instances: 1, tasks: [1]}
                workloads:
                  - {name: memcopy, parameters: {bytes: 1048576}}
                """);

        long t0 = System.nanoTime();
        String out = ChildCli.run(Files.createDirectories(dir.resolve("work")), clouds, List.of("plan", playbook.toString()));
        double seconds = (System.nanoTime() - t0) / 1e9;

        assertThat(out).contains("-> exit 3").contains("cannot reach Keystone at http://127.0.0.1:" + closed + "/v3")
                .contains("mine").contains("nothing accepted the connection").doesNotContain("s3cret");
        assertThat(seconds).as("seconds until plan gave up (the JVM's start included)").isLessThan(30);
    }
}
