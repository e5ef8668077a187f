package io.vgpubench.cloud.openstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.ssh.KeyFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The campaign's key pair: private key owner-only, usable by the SSH layer, reused on resume, removed at teardown. */
class CampaignKeyTest {
    @TempDir
    Path dir;

    @Test
    void theKeyIsWrittenOwnerOnlyReadByTheSshLayerReusedAndRemoved() throws Exception {
        Path file = dir.resolve("camp/ssh/id_rsa");

        CampaignKey made = CampaignKey.at(file, "vgpubench-camp");
        CampaignKey again = CampaignKey.at(file, "vgpubench-camp");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        KeyFiles.check(file, "test");
        assertThat(made.publicKey()).startsWith("ssh-rsa ").endsWith(" vgpubench-camp");
        assertThat(again.publicKey()).isEqualTo(made.publicKey());

        made.delete();

        assertThat(file).doesNotExist();
        assertThat(file.getParent()).doesNotExist();
    }
}
