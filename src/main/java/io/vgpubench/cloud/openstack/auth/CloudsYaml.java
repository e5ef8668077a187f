package io.vgpubench.cloud.openstack.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.vgpubench.VgpubenchException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code clouds.yaml} as the OpenStack client tools do: the first file found on the search path
 * ({@code OS_CLIENT_CONFIG_FILE}, {@code ./clouds.yaml}, {@code ~/.config/openstack/clouds.yaml},
 * {@code /etc/openstack/clouds.yaml}), with the matching {@code secure.yaml} merged over it. Problems name the
 * file and the key, never a value (values may be secrets).
 */
public final class CloudsYaml {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private final Path file;
    private final ObjectNode clouds;

    private CloudsYaml(Path file, ObjectNode clouds) {
        this.file = file;
        this.clouds = clouds;
    }

    /** The directories searched, in order, for {@code clouds.yaml} and {@code secure.yaml}. */
    public static List<Path> searchPath(Path workDir, Path home) {
        return List.of(workDir, home.resolve(".config/openstack"), Path.of("/etc/openstack"));
    }

    /** The first clouds.yaml on the search path (or the file {@code OS_CLIENT_CONFIG_FILE} names), if any. */
    public static Optional<CloudsYaml> find(List<Path> dirs, Map<String, String> env) {
        String explicit = env.get("OS_CLIENT_CONFIG_FILE");
        if (explicit != null && !explicit.isBlank()) {
            Path f = Path.of(explicit);
            if (!Files.isRegularFile(f)) {
                throw VgpubenchException.badInput("OS_CLIENT_CONFIG_FILE names " + f + ", which does not exist");
            }
            return Optional.of(read(f, secureBeside(List.of(f.toAbsolutePath().getParent()), dirs)));
        }
        for (Path dir : dirs) {
            Path f = dir.resolve("clouds.yaml");
            if (Files.isRegularFile(f)) {
                return Optional.of(read(f, secureBeside(List.of(), dirs)));
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> secureBeside(List<Path> first, List<Path> dirs) {
        List<Path> all = new ArrayList<>(first);
        all.addAll(dirs);
        return all.stream().map(d -> d.resolve("secure.yaml")).filter(Files::isRegularFile).findFirst();
    }

    /** Reads one clouds.yaml and merges the {@code clouds} section of a secure.yaml over it. */
    public static CloudsYaml read(Path file, Optional<Path> secure) {
        ObjectNode clouds = cloudsOf(file);
        secure.ifPresent(s -> merge(clouds, cloudsOf(s)));
        return new CloudsYaml(file, clouds);
    }

    public Path file() {
        return file;
    }

    public List<String> names() {
        List<String> names = new ArrayList<>();
        clouds.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The named cloud; bad input naming the file and the clouds it has when there is no such entry. */
    public CloudConfig cloud(String name) {
        JsonNode entry = clouds.get(name);
        if (entry == null || !entry.isObject()) {
            throw VgpubenchException.badInput(file + ": no cloud '" + name + "' (it has: "
                    + String.join(", ", names()) + ")");
        }
        return CloudEntry.parse(file + ": clouds." + name, entry);
    }

    private static ObjectNode cloudsOf(Path f) {
        JsonNode root;
        try {
            root = YAML.readTree(f.toFile());
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw VgpubenchException.badInput(f + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + ": not valid YAML");
        } catch (IOException e) {
            throw VgpubenchException.badInput(f + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        JsonNode clouds = root == null ? null : root.get("clouds");
        if (clouds == null || !clouds.isObject()) {
            throw VgpubenchException.badInput(f + ": has no 'clouds' mapping");
        }
        return (ObjectNode) clouds;
    }

    /** Deep merge: mappings merge key by key, anything else in {@code over} replaces. */
    static void merge(ObjectNode base, ObjectNode over) {
        for (Iterator<Map.Entry<String, JsonNode>> it = over.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode mine = base.get(e.getKey());
            if (mine instanceof ObjectNode m && e.getValue() instanceof ObjectNode o) {
                merge(m, o);
            } else {
                base.set(e.getKey(), e.getValue().deepCopy());
            }
        }
    }
}
