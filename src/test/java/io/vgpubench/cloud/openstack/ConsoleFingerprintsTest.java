package io.vgpubench.cloud.openstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Host key fingerprints from console logs, written here in the shapes cloud-init prints on Ubuntu images
 * (syslog-prefixed {@code ec2:} and {@code ci-info:} lines), not captured from a VM. The real fixture's test virt
 * driver writes one of these shapes for its servers (src/test/openstack/netns-driver/netns_guest.py); Nova's own
 * fake driver prints a fixed text without any.
 */
class ConsoleFingerprintsTest {
    static final String ED = "SHA256:2Oq0mZPc8kVpLrJ6mC0x3Yx0mRM8o3p2tW9n0Kb5m1E";
    static final String RSA = "SHA256:Zp7rXq9y1uC4wG0h6v2bNfT3aLkD8sEiJoM5QnRcYtU";

    static String console(String... fingerprintLines) {
        StringBuilder b = new StringBuilder("""
                [    0.000000] Linux version 5.15.0-91-generic (buildd@lcy02-amd64-045)
                [   12.104221] cloud-init[612]: Cloud-init v. 23.3.3 running 'init' at Sat, 25 Nov 2026 17:01:02 +0000.
                ci-info: ++++++++++++++++++++++++Net device info+++++++++++++++++++++++
                ci-info: | ens3 | True | 10.0.0.12 | 255.255.255.0 | global | fa:16:3e:11:22:33 |
                <14>Nov 25 17:01:09 cloud-init: #############################################################
                <14>Nov 25 17:01:09 cloud-init: -----BEGIN SSH HOST KEY FINGERPRINTS-----
                """);
        for (String line : fingerprintLines) {
            b.append("<14>Nov 25 17:01:09 cloud-init: ").append(line).append('\n');
        }
        b.append("""
                <14>Nov 25 17:01:09 cloud-init: -----END SSH HOST KEY FINGERPRINTS-----
                <14>Nov 25 17:01:09 cloud-init: #############################################################
                -----BEGIN SSH HOST KEY KEYS-----
                ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeKeyForTheTestOnly root@vm
                -----END SSH HOST KEY KEYS-----
                [   15.881203] cloud-init[801]: Cloud-init v. 23.3.3 finished at Sat, 25 Nov 2026 17:01:10 +0000.
                """);
        return b.toString();
    }

    @Test
    void readsTheFingerprintLinesBetweenTheMarkers() {
        String text = console("256 " + ED + " root@vm (ED25519)", "3072 " + RSA + " root@vm (RSA)");

        assertThat(ConsoleFingerprints.parse(text)).hasSize(2)
                .anySatisfy(l -> assertThat(l).contains(ED).endsWith("(ED25519)"))
                .anySatisfy(l -> assertThat(l).contains(RSA).endsWith("(RSA)"));
    }

    @Test
    void aBlockCutOffBeforeItsEndMarkerGivesNothing() {
        String text = console("256 " + ED + " root@vm (ED25519)");
        String cut = text.substring(0, text.indexOf("-----END SSH HOST KEY FINGERPRINTS"));

        assertThat(ConsoleFingerprints.parse(cut)).isEmpty();
    }

    @Test
    void aFingerprintOutsideTheBlockIsIgnoredAndTheLastBlockWins() {
        String text = "echo 256 " + RSA + " mallory (RSA)\n" + console("256 " + RSA + " root@vm (RSA)")
                + console("256 " + ED + " root@vm (ED25519)");

        assertThat(ConsoleFingerprints.parse(text)).singleElement().satisfies(l -> assertThat(l).contains(ED));
    }

    @Test
    void theFakeDriversFixedConsoleHasNone() {
        assertThat(ConsoleFingerprints.parse("FAKE CONSOLE OUTPUT\nANOTHER\nLAST LINE")).isEmpty();
    }
}
