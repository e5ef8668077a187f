package io.vgpubench.cloud.openstack.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The login bodies Keystone v3 expects, for each kind of credential. */
class KeystoneTest {

    @Test
    void anApplicationCredentialByNameCarriesItsUserAndDomain() {
        var body = Keystone.body(new Credentials.ApplicationCredential(null, "ci",
                new Credentials.UserRef("demo", null, "Default", null), "s"));

        assertThat(body.toString()).isEqualTo("{\"auth\":{\"identity\":{\"methods\":[\"application_credential\"],"
                + "\"application_credential\":{\"name\":\"ci\",\"user\":{\"name\":\"demo\",\"domain\":{\"name\":"
                + "\"Default\"}},\"secret\":\"s\"}}}}");
    }

    @Test
    void aPasswordLoginIsScopedToTheProjectByNameAndDomainId() {
        var body = Keystone.body(new Credentials.Password(new Credentials.UserRef(null, "uid", null, null), "pw",
                new Credentials.ProjectScope(null, "proj", null, "dom1")));

        assertThat(body.path("auth").path("identity").path("password").path("user").toString())
                .isEqualTo("{\"id\":\"uid\",\"password\":\"pw\"}");
        assertThat(body.path("auth").path("scope").toString())
                .isEqualTo("{\"project\":{\"name\":\"proj\",\"domain\":{\"id\":\"dom1\"}}}");
    }
}
