package io.vgpubench.cloud.local;

import io.vgpubench.VgpubenchException;
import io.vgpubench.results.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The environment an instance's agents start with, kept in its folder ({@value #FILE}, KEY=value lines). */
final class ClientEnv {
    static final String FILE = "agent.env";

    private ClientEnv() {}

    static void write(Path instanceDir, Map<String, String> env) throws IOException {
        StringBuilder b = new StringBuilder();
        env.forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
        AtomicFile.write(instanceDir.resolve(FILE), b.toString());
    }

    static Map<String, String> read(Path instanceDir) {
        Path f = instanceDir.resolve(FILE);
        Map<String, String> env = new LinkedHashMap<>();
        if (!Files.isRegularFile(f)) {
            return env;
        }
        try {
            List<String> lines = Files.readAllLines(f);
            for (String l : lines) {
                int eq = l.indexOf('=');
                if (eq > 0) {
                    env.put(l.substring(0, eq), l.substring(eq + 1));
                }
            }
            return env;
        } catch (IOException e) {
            throw VgpubenchException.infrastructure("cannot read " + f + ": " + e.getMessage(), e);
        }
    }
}
