package io.vgpubench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "{\"user\":{\"name\":\"demo\",\"password\":\"SeCrEt-1\"}}",
        "{\"application_credential\":{\"id\":\"x\",\"secret\":\"SeCrEt-1\"}}",
        "password: SeCrEt-1",
        "application_credential_secret=SeCrEt-1&x=1",
        "X-Auth-Token: SeCrEt-1",
        "Authorization: Bearer SeCrEt-1",
        "https://demo:SeCrEt-1@keystone.example.org/v3",
        "{\"password\": \"with \\\"quotes\\\" SeCrEt-1\"}",
    })
    void aCredentialShapedPartOfAMessageIsHidden(String message) {
        assertThat(Redact.secrets(message)).doesNotContain("SeCrEt-1").contains(Redact.HIDDEN);
    }

    @Test
    void aMessageWithoutCredentialsIsLeftAsItIs() {
        String plain = "login to https://keystone.example.org/v3 (Password[user demo, password hidden]) refused: HTTP 401";
        assertThat(Redact.secrets(plain)).isEqualTo(plain);
    }

    @Test
    void theExceptionThatCarriesMessagesToTheUserHidesCredentialsInThem() {
        assertThat(VgpubenchException.badInput("echoed: {\"secret\":\"SeCrEt-1\"}").getMessage())
                .isEqualTo("echoed: {\"secret\":\"" + Redact.HIDDEN + "\"}");
    }
}
