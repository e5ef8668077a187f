package io.vgpubench.cloud;

/** The stages an instance goes through in a campaign; {@code FAILED} carries a reason in the journal. */
public enum InstanceState {
    REQUESTED, BUILDING, ACTIVE, REACHABLE, DEPLOYED, RUNNING, COLLECTED, DELETED, FAILED
}
