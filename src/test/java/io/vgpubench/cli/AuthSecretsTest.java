package io.vgpubench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A stand-in Keystone that answers every login with the request it got, as a misconfigured endpoint or proxy may:
 * the real CLI in its own process logs in through it by password and by application credential, and no secret
 * reaches what it prints (stdout, stderr and its log, merged), nor any file it leaves.
 */
class AuthSecretsTest {
    private static final String PASSWORD = "hunter2-Pa55word";
    private static final String SECRET = "appcred-S3cret-value";
    @TempDir
    Path dir;
    private HttpServer keystone;

    @AfterEach
    void stop() {
        if (keystone != null) {
            keystone.stop(0);
        }
    }

    @ParameterizedTest(name = "{0} login answered {1} {2}")
    @CsvSource({
        "password, 401, text/plain",
        "password, 400, application/json",
        "application-credential, 401, text/plain",
        "application-credential, 403, application/json",
    })
    void aLoginWhoseAnswerEchoesTheRequestPrintsNoSecretAnywhere(String login, int status, String type)
            throws Exception {
        int port = echoingKeystone(status, type);
        Path clouds = Files.writeString(dir.resolve("clouds.yaml"), cloudsYaml(login, port));
        Path playbook = Files.writeString(dir.resolve("echo.yaml"), """
                name: echo
                cloud: {type: openstack, cloud: echo, image: img, network: net, ssh_user: ubuntu}
                baseline: g3.small
                flavors:
                  - {flavor: g3.small, instances: 1, tasks: [1]}
                workloads:
                  - {name: memcopy, parameters: {bytes: 1048576}}
                repetitions: 2
                """);
        Path results = dir.resolve("work").resolve("results");

        List<String> seen = new ArrayList<>();
        for (List<String> args : List.of(List.of("plan", playbook.toString()),
                List.of("run", playbook.toString(), "--results", results.toString()),
                List.of("gc", "--cloud", "echo", "--results", results.toString(), "--yes"))) {
            seen.add(cli(clouds, args));
        }

        assertThat(String.join("\n", seen)).as(String.join("\n", seen))
                .contains("HTTP " + status).contains("plain http://")
                .doesNotContain(PASSWORD).doesNotContain(SECRET)
                .as("no body of the login is shown at all").doesNotContain("\"identity\"");
        assertThat(filesUnder(dir.resolve("work"))).allSatisfy(f ->
                assertThat(Files.readString(f)).as(f.toString()).doesNotContain(PASSWORD).doesNotContain(SECRET));
    }

    private int echoingKeystone(int status, String type) throws IOException {
        keystone = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        keystone.createContext("/", exchange -> {
            byte[] request = exchange.getRequestBody().readAllBytes();
            String body = type.equals("application/json")
                    ? "{\"error\": {\"code\": " + status + ", \"message\": \"bad request: "
                            + new String(request, StandardCharsets.UTF_8).replace("\"", "\\\"") + "\"}}"
                    : "you sent: " + new String(request, StandardCharsets.UTF_8);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        keystone.start();
        return keystone.getAddress().getPort();
    }

    private static String cloudsYaml(String login, int port) {
        String auth = login.equals("password")
                ? "username: demo\n      password: " + PASSWORD + "\n      project_name: p\n"
                        + "      user_domain_name: Default\n      project_domain_name: Default\n"
                : "application_credential_id: ac1\n      application_credential_secret: " + SECRET + "\n";
        String type = login.equals("password") ? "" : "    auth_type: v3applicationcredential\n";
        return "clouds:\n  echo:\n" + type + "    auth:\n      auth_url: http://127.0.0.1:" + port + "/v3\n      "
                + auth + "    region_name: R\n";
    }

    /** The real CLI in a child JVM, working in dir/work, logging in through {@code clouds}; what it printed. */
    private String cli(Path clouds, List<String> args) throws Exception {
        return ChildCli.run(Files.createDirectories(dir.resolve("work")), clouds, args);
    }

    private static List<Path> filesUnder(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
