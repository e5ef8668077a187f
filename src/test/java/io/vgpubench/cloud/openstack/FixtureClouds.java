package io.vgpubench.cloud.openstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vgpubench.cloud.CampaignId;
import io.vgpubench.cloud.InstanceRequest;
import io.vgpubench.cloud.openstack.api.RetrySettings;
import io.vgpubench.cloud.openstack.auth.CloudConfig;
import io.vgpubench.cloud.openstack.auth.Credentials;
import io.vgpubench.cloud.openstack.fixture.KeystoneLogin;
import io.vgpubench.cloud.openstack.fixture.MicroversionHttp;
import io.vgpubench.cloud.openstack.fixture.OpenStackEnv;
import io.vgpubench.model.CloudSpec;
import io.vgpubench.model.Flavor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openstack4j.api.types.Facing;

/** Clouds, specs and requests for the integration tests against the fixture of {@code up.sh}. */
final class FixtureClouds {
    private FixtureClouds() {}

    static CloudConfig demoPassword(OpenStackEnv env) {
        return new CloudConfig("fixture demo user", env.authUrl(), new Credentials.Password(
                new Credentials.UserRef(env.demo().username(), null, env.userDomain(), null), env.demo().password(),
                new Credentials.ProjectScope(null, env.demo().projectName(), env.projectDomain(), null)),
                env.region(), Facing.PUBLIC);
    }

    static CloudSpec.OpenStack spec(OpenStackEnv env, boolean floatingIp, String serverGroup, int retries) {
        return new CloudSpec.OpenStack(null, env.region(), env.image().name(), env.network().privateNetwork(), env.guestUser(),
                floatingIp, serverGroup, 4, retries, null, false);
    }

    static OpenStackCloud cloud(OpenStackEnv env, CloudSpec.OpenStack spec, Path results, List<String> log) {
        return new OpenStackCloud(spec, demoPassword(env), results, log::add,
                LaunchSettings.of(spec.concurrency(), spec.retries()).withTimeouts(Duration.ofMinutes(2),
                        Duration.ofMinutes(2), Duration.ofSeconds(1)), RetrySettings.standard());
    }

    /** What a test changed on the cloud, undone by {@link #close}. */
    interface Restore extends AutoCloseable {
        @Override
        void close();
    }

    /** Sets the demo project's floating-IP quota to those it holds plus one, until the quota as it was is restored. */
    static Restore oneFloatingIpFree(OpenStackEnv env) {
        MicroversionHttp neutron = MicroversionHttp.neutron(KeystoneLogin.password(env, env.admin()));
        String quota = "/v2.0/quotas/" + env.demo().projectId();
        int limit = neutron.get(quota).body().path("quota").path("floatingip").asInt();
        int used = neutron.get("/v2.0/floatingips?project_id=" + env.demo().projectId()).body().path("floatingips")
                .size();
        ObjectMapper json = new ObjectMapper();
        assertThat(neutron.put(quota, json.createObjectNode().set("quota", json.createObjectNode()
                .put("floatingip", used + 1))).status()).as("quota set to one free floating IP").isEqualTo(200);
        return () -> neutron.put(quota, json.createObjectNode().set("quota", json.createObjectNode()
                .put("floatingip", limit)));
    }

    static Flavor flavor(String name) {
        return new Flavor(name, name, "test", null, 1.0, "none", null, null, null, "fixture", false, null);
    }

    /** {@code n} instances of {@code flavor}, named as the engine names them, all in one group. */
    static List<InstanceRequest> requests(CampaignId id, String flavor, int n) {
        List<InstanceRequest> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(new InstanceRequest(id.value() + "-" + flavor.replace('.', '-') + "-" + i, flavor(flavor), i,
                    id.value() + "-" + flavor.replace('.', '-')));
        }
        return out;
    }
}
