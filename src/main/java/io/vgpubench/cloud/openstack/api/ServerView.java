package io.vgpubench.cloud.openstack.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A server as Nova lists it: status, the fault of a server in ERROR, addresses and metadata.
 *
 * @param fixed    fixed addresses, by network name
 * @param floating floating addresses, by network name
 */
public record ServerView(String id, String name, String status, String fault, Map<String, List<String>> fixed,
                         Map<String, List<String>> floating, Map<String, String> metadata, List<String> tags,
                         Instant created) {

    static ServerView of(JsonNode s) {
        Map<String, List<String>> fixed = new LinkedHashMap<>();
        Map<String, List<String>> floating = new LinkedHashMap<>();
        s.path("addresses").fields().forEachRemaining(net -> net.getValue().forEach(a -> {
            boolean isFloating = "floating".equals(a.path("OS-EXT-IPS:type").asText());
            (isFloating ? floating : fixed).computeIfAbsent(net.getKey(), k -> new ArrayList<>())
                    .add(a.path("addr").asText());
        }));
        Map<String, String> metadata = new LinkedHashMap<>();
        s.path("metadata").fields().forEachRemaining(e -> metadata.put(e.getKey(), e.getValue().asText()));
        List<String> tags = new ArrayList<>();
        s.path("tags").forEach(t -> tags.add(t.asText()));
        String fault = s.path("fault").path("message").asText(null);
        String created = s.path("created").asText(null);
        return new ServerView(s.path("id").asText(), s.path("name").asText(), s.path("status").asText(), fault,
                fixed, floating, metadata, tags, created == null ? null : Instant.parse(created));
    }

    public boolean active() {
        return "ACTIVE".equals(status);
    }

    public boolean error() {
        return "ERROR".equals(status);
    }

    /** The first floating address, else the first fixed address on {@code network} (else on any network). */
    public String address(String network) {
        for (Map<String, List<String>> kind : List.of(floating, fixed)) {
            List<String> on = kind.get(network);
            if (on != null && !on.isEmpty()) {
                return on.get(0);
            }
        }
        return fixed.values().stream().flatMap(List::stream).findFirst().orElse(null);
    }
}
