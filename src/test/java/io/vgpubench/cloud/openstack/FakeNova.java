package io.vgpubench.cloud.openstack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.vgpubench.cloud.openstack.api.ApiHttp;
import io.vgpubench.cloud.openstack.api.NovaServers;
import io.vgpubench.cloud.openstack.api.RetrySettings;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * Nova's server API served by WireMock, for what a real Nova will not do on demand: a boot that takes a
 * set time, servers that end in ERROR with a NoValidHost fault (shown, as Nova does, only by a GET of the
 * one server, not in the list), servers stuck in BUILD. Faults on the wire (429, 503, resets, slow answers)
 * are stubs added by the tests at a higher priority, over this default behaviour.
 */
final class FakeNova implements ResponseDefinitionTransformerV2, AutoCloseable {
    static final String NO_VALID_HOST = "No valid host was found. There are not enough hosts available.";
    private static final ObjectMapper JSON = new ObjectMapper();
    final WireMockServer wire;
    private final Map<String, Server> servers = new ConcurrentHashMap<>();
    private final AtomicInteger errorsLeft = new AtomicInteger();
    private final AtomicInteger answersToLose = new AtomicInteger();
    private volatile Duration bootDelay = Duration.ZERO;
    private final Map<String, Duration> bootDelayByName = new ConcurrentHashMap<>();
    private volatile boolean stuck;

    private record Server(String id, String name, Instant created, JsonNode body, boolean error) {}

    FakeNova() {
        this(UnaryOperator.identity());
    }

    /** {@code latency} shapes every default answer (e.g. a random delay per request). */
    FakeNova(UnaryOperator<ResponseDefinitionBuilder> latency) {
        wire = new WireMockServer(WireMockConfiguration.options().dynamicPort().extensions(this)
                .containerThreads(64).jettyAcceptors(2));
        wire.start();
        wire.stubFor(any(urlPathMatching("/compute/.*")).atPriority(10)
                .willReturn(latency.apply(aResponse().withTransformers(getName()))));
    }

    FakeNova bootDelay(Duration d) {
        bootDelay = d;
        return this;
    }

    /** The server named {@code name} takes {@code d} to boot (others, the common boot delay). */
    FakeNova bootDelay(String name, Duration d) {
        bootDelayByName.put(name, d);
        return this;
    }

    /** The next {@code n} boots end in ERROR with a NoValidHost fault. */
    FakeNova failNextBoots(int n) {
        errorsLeft.set(n);
        return this;
    }

    /** The next {@code n} boots create their server but the answer is lost (the connection is reset). */
    FakeNova loseNextBootAnswers(int n) {
        answersToLose.set(n);
        return this;
    }

    /** Servers never leave BUILD. */
    FakeNova stuckInBuild() {
        stuck = true;
        return this;
    }

    NovaServers client(RetrySettings retry) {
        return client(new ApiHttp(retry));
    }

    NovaServers client(ApiHttp http) {
        return new NovaServers(http, () -> URI.create(wire.baseUrl() + "/compute"), () -> "fake-token");
    }

    int serversLeft() {
        return servers.size();
    }

    @Override
    public String getName() {
        return "fake-nova";
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        Request r = event.getRequest();
        String path = URI.create(r.getUrl()).getPath().substring("/compute".length());
        String method = r.getMethod().getName();
        try {
            ObjectNode answer = JSON.createObjectNode();
            int status = 200;
            if (method.equals("POST") && path.equals("/servers")) {
                answer.set("server", boot(JSON.readTree(r.getBodyAsString()).path("server")));
                status = 202;
                if (answersToLose.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    return ResponseDefinitionBuilder.responseDefinition()
                            .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER).build();
                }
            } else if (method.equals("GET") && path.equals("/servers/detail")) {
                String tag = r.queryParameter("tags").firstValue();
                ArrayNode list = answer.putArray("servers");
                servers.values().stream().filter(s -> s.body().path("tags").toString().contains("\"" + tag + "\""))
                        .forEach(s -> list.add(view(s, false)));
            } else if (method.equals("GET") && path.startsWith("/servers/")) {
                Server s = servers.get(path.substring("/servers/".length()));
                if (s == null) {
                    return reply(event, 404, "{\"itemNotFound\": {\"code\": 404, \"message\": \"not found\"}}");
                }
                answer.set("server", view(s, true));
            } else if (method.equals("DELETE") && path.startsWith("/servers/")) {
                return reply(event, servers.remove(path.substring("/servers/".length())) == null ? 404 : 204, "");
            } else {
                return reply(event, 404, "{}");
            }
            return reply(event, status, answer.toString());
        } catch (IOException e) {
            return reply(event, 400, "{\"badRequest\": {\"message\": \"unreadable body\"}}");
        }
    }

    private ObjectNode boot(JsonNode request) {
        String id = UUID.randomUUID().toString();
        boolean error = errorsLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
        servers.put(id, new Server(id, request.path("name").asText(), Instant.now(), request, error));
        ObjectNode created = JSON.createObjectNode();
        created.put("id", id);
        return created;
    }

    private ObjectNode view(Server s, boolean withFault) {
        ObjectNode v = JSON.createObjectNode();
        boolean booted = !stuck && Duration.between(s.created(), Instant.now())
                .compareTo(bootDelayByName.getOrDefault(s.name(), bootDelay)) >= 0;
        String status = !booted ? "BUILD" : s.error() ? "ERROR" : "ACTIVE";
        v.put("id", s.id()).put("name", s.name()).put("status", status).put("created", s.created().toString());
        v.set("metadata", s.body().path("metadata"));
        v.set("tags", s.body().path("tags"));
        if ("ACTIVE".equals(status)) {
            v.putObject("addresses").putArray("private").addObject().put("addr", "10.0.0." + (servers.size() % 250 + 2))
                    .put("OS-EXT-IPS:type", "fixed");
        }
        if (withFault && "ERROR".equals(status)) {
            v.putObject("fault").put("code", 500).put("message", NO_VALID_HOST);
        }
        return v;
    }

    private static ResponseDefinition reply(ServeEvent event, int status, String body) {
        return ResponseDefinitionBuilder.like(event.getResponseDefinition()).but().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body).build();
    }

    /** The requests WireMock saw, oldest first. */
    List<ServeEvent> requests() {
        List<ServeEvent> all = new java.util.ArrayList<>(wire.getAllServeEvents());
        java.util.Collections.reverse(all);
        return all;
    }

    @Override
    public void close() {
        wire.stop();
    }
}
