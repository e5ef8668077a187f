package io.vgpubench.model;

/** When the campaign's cloud resources are removed. {@code NEVER} is for debugging and says so loudly. */
public enum TeardownPolicy { ALWAYS, ON_SUCCESS, NEVER }
