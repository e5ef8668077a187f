package io.vgpubench.agent.backend;

import java.util.Map;
import java.util.TreeMap;

/** A workload's parameters (defaults merged with the user's), as strings with typed readers. */
public record Parameters(Map<String, String> values) {

    public Parameters {
        values = Map.copyOf(new TreeMap<>(values));
    }

    public String string(String key) throws WorkloadException {
        String v = values.get(key);
        if (v == null) {
            throw new WorkloadException("missing parameter '" + key + "'");
        }
        return v;
    }

    public long longValue(String key) throws WorkloadException {
        try {
            return Long.parseLong(string(key).trim());
        } catch (NumberFormatException e) {
            throw new WorkloadException("parameter '" + key + "' is not a whole number: " + values.get(key));
        }
    }

    public int intValue(String key) throws WorkloadException {
        long v = longValue(key);
        if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
            throw new WorkloadException("parameter '" + key + "' is out of range: " + v);
        }
        return (int) v;
    }

    public Parameters withDefaults(Map<String, String> defaults) {
        Map<String, String> merged = new TreeMap<>(defaults);
        merged.putAll(values);
        return new Parameters(merged);
    }
}
