package io.vgpubench.contract.workload;

/** A workload parameter, its default on every backend that does not size it for its device, and what it means. */
public record Parameter(String name, String defaultValue, String meaning) {
}
