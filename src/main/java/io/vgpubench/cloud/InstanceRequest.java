package io.vgpubench.cloud;

import io.vgpubench.model.Flavor;

/**
 * One instance to create. {@code name} already carries the campaign id; {@code group} names the
 * instances that must land on one hypervisor (affinity) or start together.
 */
public record InstanceRequest(String name, Flavor flavor, int index, String group) {
}
