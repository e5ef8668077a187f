package io.vgpubench.cloud.openstack.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vgpubench.VgpubenchException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openstack4j.api.types.Facing;

/** clouds.yaml, secure.yaml and OS_* variables read as the OpenStack tools read them; secrets never shown. */
class CloudConfigsTest {
    private static final String SECRET = "s3cr3t-value-that-must-not-leak";
    @TempDir
    Path dir;

    private Path write(Path folder, String name, String text) throws Exception {
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve(name), text);
    }

    @Test
    void theFirstCloudsYamlOnTheSearchPathWinsAndSecureYamlAddsTheSecret() throws Exception {
        Path here = dir.resolve("here");
        Path home = dir.resolve("home/.config/openstack");
        write(here, "clouds.yaml", """
                clouds:
                  js2:
                    auth:
                      auth_url: https://js2.jetstream-cloud.org:5000/v3/
                      application_credential_id: abc123
                    auth_type: v3applicationcredential
                    region_name: IU
                    interface: public
                """);
        write(home, "clouds.yaml", "clouds:\n  other: {auth: {auth_url: http://x}}\n");
        write(home, "secure.yaml", "clouds:\n  js2:\n    auth:\n      application_credential_secret: " + SECRET + "\n");

        CloudConfig c = CloudConfigs.resolve("js2", null, Map.of(), List.of(here, home));

        assertThat(c.authUrl()).hasToString("https://js2.jetstream-cloud.org:5000/v3");
        assertThat(c.region()).isEqualTo("IU");
        assertThat(c.facing()).isEqualTo(Facing.PUBLIC);
        assertThat(c.credentials()).isEqualTo(new Credentials.ApplicationCredential("abc123", null,
                new Credentials.UserRef(null, null, "Default", null), SECRET));
        assertThat(c.toString()).doesNotContain(SECRET).contains("secret hidden");
    }

    @Test
    void osCloudPicksTheEntryAndThePlaybookRegionWins() throws Exception {
        write(dir, "clouds.yaml", """
                clouds:
                  a: {auth: {auth_url: http://a:5000, username: u, password: p, project_name: proj}, region_name: R1}
                  b: {auth: {auth_url: http://b:5000, username: u, password: p, project_id: pid, user_domain_id: d1},
                      interface: internal}
                """);

        CloudConfig b = CloudConfigs.resolve(null, "R2", Map.of("OS_CLOUD", "b"), List.of(dir));

        assertThat(b.authUrl()).hasToString("http://b:5000/v3");
        assertThat(b.region()).isEqualTo("R2");
        assertThat(b.facing()).isEqualTo(Facing.INTERNAL);
        assertThat(b.credentials()).isEqualTo(new Credentials.Password(new Credentials.UserRef("u", null, null, "d1"),
                "p", new Credentials.ProjectScope("pid", null, null, null)));
    }

    @Test
    void openrcVariablesAreUsedWhenNoCloudIsNamed() {
        CloudConfig c = CloudConfigs.resolve(null, null, Map.of("OS_AUTH_URL", "http://k:5000/v3", "OS_USERNAME", "demo",
                "OS_PASSWORD", SECRET, "OS_PROJECT_NAME", "p", "OS_USER_DOMAIN_NAME", "Default",
                "OS_PROJECT_DOMAIN_NAME", "Default", "OS_INTERFACE", "admin"), List.of(dir));

        assertThat(c.source()).isEqualTo("OS_* environment variables");
        assertThat(c.facing()).isEqualTo(Facing.ADMIN);
        assertThat(c.credentials()).isInstanceOf(Credentials.Password.class);
        assertThat(c.toString()).doesNotContain(SECRET).contains("password hidden");
    }

    @Test
    void aNamedCloudThatIsMissingIsBadInputNamingTheFileAndTheCloudsItHas() throws Exception {
        Path file = write(dir, "clouds.yaml", "clouds:\n  one: {auth: {auth_url: http://x}}\n");

        assertThatThrownBy(() -> CloudConfigs.resolve("two", null, Map.of(), List.of(dir)))
                .isInstanceOf(VgpubenchException.class)
                .hasMessage(file + ": no cloud 'two' (it has: one)");
    }

    @Test
    void aMissingSecretIsNamedByItsKeyAndFile() throws Exception {
        Path file = write(dir, "clouds.yaml", """
                clouds:
                  js2: {auth_type: v3applicationcredential, auth: {auth_url: http://x, application_credential_id: i}}
                """);

        assertThatThrownBy(() -> CloudConfigs.resolve("js2", null, Map.of(), List.of(dir)))
                .hasMessage(file + ": clouds.js2: application_credential_secret is missing");
    }

    @Test
    void brokenYamlNamesFileLineAndColumnButNotItsText() throws Exception {
        Path file = write(dir, "clouds.yaml", "clouds:\n  x:\n    auth: {password: " + SECRET + "\n  y: [\n");

        assertThatThrownBy(() -> CloudConfigs.resolve("x", null, Map.of(), List.of(dir)))
                .isInstanceOf(VgpubenchException.class)
                .hasMessageStartingWith(file + ":")
                .hasMessageEndingWith(": not valid YAML")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void anUnsupportedAuthTypeOrInterfaceIsBadInput() throws Exception {
        write(dir, "clouds.yaml", """
                clouds:
                  t: {auth_type: token, auth: {auth_url: http://x}}
                  i: {interface: sideways, auth: {auth_url: http://x, username: u, password: p, project_name: q}}
                """);

        assertThatThrownBy(() -> CloudConfigs.resolve("t", null, Map.of(), List.of(dir)))
                .hasMessageContaining("auth_type 'token' is not supported");
        assertThatThrownBy(() -> CloudConfigs.resolve("i", null, Map.of(), List.of(dir)))
                .hasMessageContaining("interface 'sideways' is not one of public, internal, admin");
    }

    @Test
    void withNothingConfiguredTheErrorSaysHowToConfigure() {
        assertThatThrownBy(() -> CloudConfigs.resolve(null, null, Map.of(), List.of(dir)))
                .isInstanceOf(VgpubenchException.class)
                .hasMessageContaining("OS_CLOUD").hasMessageContaining("openrc");
    }
}
