package io.vgpubench.campaign;

import io.vgpubench.cloud.InstanceState;

/**
 * An instance's last stage as its campaign's journal tells it, with the reason where one was given; for an
 * instance a complete teardown deleted, also the stage it was at before ({@code before}, null otherwise).
 */
record Stage(InstanceState state, String reason, Stage before, java.time.Instant at) {

    static Stage of(InstanceState state, String reason) {
        return new Stage(state, reason, null, null);
    }

    /** A stage journaled at {@code at}. */
    static Stage of(InstanceState state, String reason, java.time.Instant at) {
        return new Stage(state, reason, null, at);
    }

    /** Deleted by a complete teardown: the stage before is kept, so status can tell where it had got to. */
    Stage deleted() {
        return state == InstanceState.DELETED ? this : new Stage(InstanceState.DELETED, null, this, at);
    }

    /** "ACTIVE", "FAILED (NoValidHost)", "DELETED (last stage RUNNING (batch t1))". */
    String describe() {
        return state.name() + (reason == null ? "" : " (" + reason + ")")
                + (before == null ? "" : " (last stage " + before.describe() + ")");
    }

    /** As {@link #describe()}, with when the journal recorded it ("BUILDING, journaled 05:01:02 UTC"). */
    String describeWithTime() {
        return describe() + (at == null || before != null ? "" : ", journaled " + java.time.format.DateTimeFormatter
                .ofPattern("HH:mm:ss 'UTC'").withZone(java.time.ZoneOffset.UTC).format(at));
    }
}
