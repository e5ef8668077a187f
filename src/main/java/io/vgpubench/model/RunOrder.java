package io.vgpubench.model;

/** How runs are ordered on an instance; {@code RANDOM} uses the playbook's recorded seed. */
public enum RunOrder { GROUPED, INTERLEAVED, RANDOM }
