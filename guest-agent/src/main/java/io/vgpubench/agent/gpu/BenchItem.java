package io.vgpubench.agent.gpu;

import java.util.LinkedHashMap;
import java.util.Map;

/** One workload on the GpuBench command line: {@code NAME[:KEY=VALUE[,KEY=VALUE...]]}. */
record BenchItem(String workload, Map<String, String> parameters) {

    static BenchItem parse(String arg) {
        int colon = arg.indexOf(':');
        String name = (colon < 0 ? arg : arg.substring(0, colon)).trim();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("workload name missing in '" + arg + "'");
        }
        Map<String, String> params = new LinkedHashMap<>();
        if (colon >= 0) {
            for (String pair : arg.substring(colon + 1).split(",")) {
                String[] kv = pair.split("=", 2);
                if (kv.length != 2 || kv[0].isBlank()) {
                    throw new IllegalArgumentException("'" + pair + "' in '" + arg + "' is not KEY=VALUE");
                }
                params.put(kv[0].trim(), kv[1].trim());
            }
        }
        return new BenchItem(name, Map.copyOf(params));
    }

    /** A label for logs and tables, e.g. "gemm precision=fp64". */
    String label() {
        StringBuilder s = new StringBuilder(workload);
        new java.util.TreeMap<>(parameters).forEach((k, v) -> s.append(' ').append(k).append('=').append(v));
        return s.toString();
    }
}
