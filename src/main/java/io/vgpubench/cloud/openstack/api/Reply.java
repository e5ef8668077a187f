package io.vgpubench.cloud.openstack.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;

/** An OpenStack API answer: status, parsed JSON body (empty object when none) and headers. */
public record Reply(int status, JsonNode body, HttpHeaders headers) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /**
     * The service's own error message: Nova's {@code {"itemNotFound": {"message": ...}}}, Neutron's
     * {@code {"NeutronError": {"message": ...}}}, Keystone's {@code {"error": {"message": ...}}}.
     * Services never echo credentials in these.
     */
    public String message() {
        for (JsonNode wrapper : body) {
            if (wrapper.has("message")) {
                return wrapper.path("message").asText();
            }
        }
        return body.isTextual() ? body.asText() : "";
    }
}
