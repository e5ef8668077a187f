package io.vgpubench.cloud.openstack.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vgpubench.FailureKind;
import io.vgpubench.VgpubenchException;
import io.vgpubench.cloud.openstack.api.ApiHttp;
import io.vgpubench.cloud.openstack.api.RetrySettings;
import io.vgpubench.cloud.openstack.fixture.OpenStackEnv;
import io.vgpubench.cloud.openstack.fixture.RealOpenStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openstack4j.model.compute.Flavor;

/**
 * Logging in to the real Keystone of {@code up.sh} as users do: a clouds.yaml with the secret in
 * secure.yaml (application credential), OS_* variables of an openrc file (password); bad secrets refused
 * without being repeated; tokens renewed; one token driving openstack4j on many threads.
 */
@RealOpenStack
class AuthIT {
    @TempDir
    Path dir;

    @Test
    void anApplicationCredentialFromCloudsYamlAndSecureYamlLogsInAndDrivesOpenstack4j(OpenStackEnv env) throws Exception {
        Files.writeString(dir.resolve("clouds.yaml"), """
                clouds:
                  fixture:
                    auth_type: v3applicationcredential
                    auth:
                      auth_url: %s
                      application_credential_id: %s
                    region_name: %s
                    interface: public
                    identity_api_version: 3
                """.formatted(env.authUrl().toString().replace("/v3", ""), env.applicationCredential().id(),
                env.region()));
        Files.writeString(dir.resolve("secure.yaml"), """
                clouds:
                  fixture:
                    auth:
                      application_credential_secret: %s
                """.formatted(env.applicationCredential().secret()));

        CloudConfig config = CloudConfigs.resolve(null, null, Map.of("OS_CLOUD", "fixture"), List.of(dir));
        Session session = Session.login(config, new ApiHttp(RetrySettings.standard()));

        assertThat(session.token().getMethods()).containsExactly("application_credential");
        assertThat(session.token().getProject().getId()).isEqualTo(env.demo().projectId());
        assertThat(session.os().compute().flavors().list()).extracting(Flavor::getName).containsAll(env.vgpuFlavors());
        assertThat(CredentialExpiry.of(session)).as("the fixture's credential has no expiry").isEmpty();
        assertThat(config.toString()).doesNotContain(env.applicationCredential().secret());
    }

    @Test
    void passwordLoginFromOpenrcVariablesScopesToTheProjectAndRegion(OpenStackEnv env) {
        Map<String, String> openrc = Map.of("OS_AUTH_URL", env.authUrl().toString(), "OS_USERNAME", env.demo().username(),
                "OS_PASSWORD", env.demo().password(), "OS_PROJECT_NAME", env.demo().projectName(),
                "OS_USER_DOMAIN_NAME", "Default", "OS_PROJECT_DOMAIN_NAME", "Default", "OS_REGION_NAME", env.region(),
                "OS_IDENTITY_API_VERSION", "3");

        Session session = Session.login(CloudConfigs.resolve(null, null, openrc, List.of(dir)),
                new ApiHttp(RetrySettings.standard()));

        assertThat(session.token().getMethods()).containsExactly("password");
        assertThat(session.token().getProject().getName()).isEqualTo(env.demo().projectName());
        assertThat(session.endpoint("compute").toString()).isEqualTo("http://127.0.0.1:8774/v2.1");
    }

    @Test
    void aWrongSecretIsRefusedAsBadInputWithoutRepeatingIt(OpenStackEnv env) {
        String wrong = "not-the-secret-" + Long.toHexString(System.nanoTime());
        CloudConfig config = new CloudConfig("test", env.authUrl(), new Credentials.ApplicationCredential(
                env.applicationCredential().id(), null, null, wrong), null, org.openstack4j.api.types.Facing.PUBLIC);

        assertThatThrownBy(() -> Session.login(config, new ApiHttp(RetrySettings.standard())))
                .isInstanceOf(VgpubenchException.class)
                .hasMessageContaining("HTTP 401")
                .hasMessageContaining("secret hidden")
                .hasMessageNotContaining(wrong)
                .satisfies(e -> assertThat(((VgpubenchException) e).kind()).isEqualTo(FailureKind.BAD_INPUT));
    }

    @Test
    void aTokenAboutToExpireIsReplacedByANewLogin(OpenStackEnv env) {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.now());
        Clock clock = new Clock() {
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            public Instant instant() {
                return now.get();
            }
        };
        Session session = new Session(appCredential(env), new ApiHttp(RetrySettings.standard()), clock);
        String first = session.token().getId();
        assertThat(session.token().getId()).isEqualTo(first);

        now.set(session.tokenExpires().minus(Session.RENEW_BEFORE).plusSeconds(1));

        assertThat(session.token().getId()).isNotEqualTo(first);
    }

    @Test
    void oneLoginServesOpenstack4jOnManyThreadsAtOnce(OpenStackEnv env) throws Exception {
        Session session = Session.login(appCredential(env), new ApiHttp(RetrySettings.standard()));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<Integer>> counts = java.util.stream.IntStream.range(0, 8)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> session.os().compute().flavors().list().size(),
                            pool)).toList();
            int expected = env.cpuFlavors().size() + env.vgpuFlavors().size();
            for (CompletableFuture<Integer> c : counts) {
                assertThat(c.get(60, java.util.concurrent.TimeUnit.SECONDS)).isGreaterThanOrEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anApplicationCredentialThatExpiresBeforeTheCampaignEndsIsWarnedAbout(OpenStackEnv env) {
        Session demo = Session.login(new CloudConfig("fixture demo", env.authUrl(), new Credentials.Password(
                new Credentials.UserRef(env.demo().username(), null, "Default", null), env.demo().password(),
                new Credentials.ProjectScope(env.demo().projectId(), null, null, null)), null,
                org.openstack4j.api.types.Facing.PUBLIC), new ApiHttp(RetrySettings.standard()));
        Instant expires = Instant.now().plus(Duration.ofHours(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String name = "it-expiring-" + Long.toHexString(System.nanoTime());
        var created = demo.http().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(env.authUrl()
                        + "/users/" + env.demo().userId() + "/application_credentials"))
                .header("X-Auth-Token", demo.token().getId()).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"application_credential\": {\"name\": \""
                        + name + "\", \"expires_at\": \"" + expires + "\"}}")).build());
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().path("application_credential").path("id").asText();
        try {
            Session js2Like = Session.login(new CloudConfig("js2-like", env.authUrl(),
                    new Credentials.ApplicationCredential(id, null, null,
                            created.body().path("application_credential").path("secret").asText()), null,
                    org.openstack4j.api.types.Facing.PUBLIC), new ApiHttp(RetrySettings.standard()));

            assertThat(CredentialExpiry.of(js2Like)).contains(expires);
            assertThat(CredentialExpiry.warning(js2Like, Instant.now().plus(Duration.ofHours(1)))).isEmpty();
            assertThat(CredentialExpiry.warning(js2Like, Instant.now().plus(Duration.ofHours(30)))).hasValueSatisfying(
                    w -> assertThat(w).contains("expires at " + expires).contains("--expiration")
                            .as("how long is left, to the second").containsPattern("\\(in 1h59m(\\d+s)?\\)"));
        } finally {
            demo.http().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(env.authUrl() + "/users/"
                    + env.demo().userId() + "/application_credentials/" + id))
                    .header("X-Auth-Token", demo.token().getId()).DELETE().build());
        }
    }

    private static CloudConfig appCredential(OpenStackEnv env) {
        return new CloudConfig("fixture", env.authUrl(), new Credentials.ApplicationCredential(
                env.applicationCredential().id(), null, null, env.applicationCredential().secret()), env.region(),
                org.openstack4j.api.types.Facing.PUBLIC);
    }
}
