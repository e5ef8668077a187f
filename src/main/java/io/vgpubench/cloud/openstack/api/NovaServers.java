package io.vgpubench.cloud.openstack.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vgpubench.VgpubenchException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Nova's server calls at compute microversion {@value #MICROVERSION}, sent directly: openstack4j 3.12
 * sends no microversion, so Nova would answer at 2.1, where servers have no tags (2.26; tags at boot
 * 2.52). Booting, listing a campaign's servers in one request by tag, console output and deletion.
 */
public final class NovaServers {
    public static final String MICROVERSION = "2.52";
    private final ApiHttp http;
    private final Supplier<URI> endpoint;
    private final Supplier<String> token;

    public NovaServers(ApiHttp http, Supplier<URI> endpoint, Supplier<String> token) {
        this.http = http;
        this.endpoint = endpoint;
        this.token = token;
    }

    /** The body of one boot request. */
    public record Boot(String name, String imageId, String flavorId, String networkId, String keyName,
                       String securityGroup, String serverGroupId, java.util.Map<String, String> metadata,
                       List<String> tags) {}

    /** Boots a server; returns Nova's answer (202 with the server id, or the error). */
    public Reply boot(Boot b) {
        ObjectNode body = ApiHttp.JSON.createObjectNode();
        ObjectNode server = body.putObject("server");
        server.put("name", b.name()).put("imageRef", b.imageId()).put("flavorRef", b.flavorId());
        server.putArray("networks").addObject().put("uuid", b.networkId());
        if (b.keyName() != null) {
            server.put("key_name", b.keyName());
        }
        if (b.securityGroup() != null) {
            server.putArray("security_groups").addObject().put("name", b.securityGroup());
        }
        ObjectNode metadata = server.putObject("metadata");
        b.metadata().forEach(metadata::put);
        b.tags().forEach(server.putArray("tags")::add);
        if (b.serverGroupId() != null) {
            body.putObject("os:scheduler_hints").put("group", b.serverGroupId());
        }
        return http.send(request("/servers").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    /** Every server carrying {@code tag}, in one request per page of 1000. */
    public List<ServerView> listTagged(String tag) {
        List<ServerView> all = new ArrayList<>();
        String marker = null;
        do {
            String path = "/servers/detail?limit=1000&tags=" + enc(tag) + (marker == null ? "" : "&marker=" + enc(marker));
            Reply r = require(http.send(request(path).GET().build()), "GET /servers/detail?tags=" + tag);
            JsonNode servers = r.body().path("servers");
            servers.forEach(s -> all.add(ServerView.of(s)));
            marker = servers.size() >= 1000 ? servers.get(servers.size() - 1).path("id").asText() : null;
        } while (marker != null);
        return all;
    }

    /** One server (Nova's list leaves out the fault of a server in ERROR; this has it), or null when gone. */
    public ServerView get(String id) {
        Reply r = http.send(request("/servers/" + id).GET().build());
        if (r.status() == 404) {
            return null;
        }
        return ServerView.of(require(r, "GET /servers/" + id).body().path("server"));
    }

    /** Deletes a server; a server that is already gone counts as deleted. */
    public void delete(String id) {
        Reply r = http.send(request("/servers/" + id).DELETE().build());
        if (!r.ok() && r.status() != 404) {
            throw VgpubenchException.infrastructure("DELETE /servers/" + id + ": HTTP " + r.status() + " " + r.message(),
                    null);
        }
    }

    /** The last {@code lines} of the server's console log, or "" when Nova has none. */
    public String consoleOutput(String id, int lines) {
        ObjectNode body = ApiHttp.JSON.createObjectNode();
        body.putObject("os-getConsoleOutput").put("length", lines);
        Reply r = http.send(request("/servers/" + id + "/action")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
        return r.ok() ? r.body().path("output").asText("") : "";
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(endpoint.get() + path))
                .timeout(http.requestTimeout())
                .header("X-Auth-Token", token.get())
                .header("OpenStack-API-Version", "compute " + MICROVERSION)
                .header("X-OpenStack-Nova-API-Version", MICROVERSION)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
    }

    static Reply require(Reply r, String what) {
        if (!r.ok()) {
            throw VgpubenchException.infrastructure(what + ": HTTP " + r.status() + " " + r.message(), null);
        }
        return r;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
