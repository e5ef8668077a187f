package io.vgpubench.agent.run;

import io.vgpubench.contract.event.AgentEvent;
import io.vgpubench.contract.spec.RunSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.TimeUnit;

/**
 * When the first timed run may begin: at once, at a fixed instant from the spec, or at the instant the
 * controller writes into a start file once every member of the group has said it is ready (the agent
 * says so with a {@code ready} event after opening its cards). A start that arrives after its own
 * instant is run at once and reported, so a late member's skew is on record.
 */
public sealed interface StartSignal {
    /** How often the start file is looked for. */
    Duration POLL = Duration.ofMillis(5);
    /** Later than this after the common start, a member's start is reported as late. */
    Duration LATE = Duration.ofMillis(50);

    /** Start at once. */
    record Now() implements StartSignal {
    }

    /** Start at a fixed instant. */
    record At(Instant at) implements StartSignal {
    }

    /** Say ready, then start at the instant written into {@code file}, waiting at most {@code patience} for it. */
    record FromFile(Path file, Duration patience) implements StartSignal {
    }

    /** The signal a spec asks for; {@code startFile} is where the controller writes it (null when not given). */
    static StartSignal of(RunSpec spec, Path startFile, Duration patience) {
        if (spec.awaitsSignal()) {
            if (startFile == null) {
                throw new IllegalArgumentException("the spec asks for a start signal (start_signal: true) but no"
                        + " --start-file was given");
            }
            return new FromFile(startFile, patience);
        }
        return spec.startAt() == null ? new Now() : new At(spec.startAt());
    }

    /** Thrown when no start signal came within the patience: nothing is run. */
    final class NoSignalException extends Exception {
        NoSignalException(String message) {
            super(message);
        }
    }

    /** The common start (where a schedule's slots count from) and how late this agent got there (zero when on time). */
    record Start(Instant at, Duration late) {
    }

    /** Waits for the start. */
    default Start await(EventLog log) throws InterruptedException, NoSignalException {
        Instant start;
        if (this instanceof At at) {
            start = at.at();
        } else if (this instanceof FromFile f) {
            log.write(AgentEvent.ready());
            start = readStart(f);
        } else {
            return new Start(Instant.now(), Duration.ZERO);
        }
        long nanos = Duration.between(Instant.now(), start).toNanos();
        while (nanos > 0) {
            TimeUnit.NANOSECONDS.sleep(nanos);
            nanos = Duration.between(Instant.now(), start).toNanos();
        }
        return new Start(start, Duration.ofNanos(-nanos));
    }

    private static Instant readStart(FromFile f) throws InterruptedException, NoSignalException {
        long deadline = System.nanoTime() + f.patience().toNanos();
        while (System.nanoTime() < deadline) {
            try {
                String text = Files.readString(f.file(), StandardCharsets.UTF_8).trim();
                if (!text.isEmpty()) {
                    return Instant.parse(text);
                }
            } catch (IOException notYet) {
                // the controller writes it (atomically, by rename) once the whole group is ready
            } catch (DateTimeParseException e) {
                throw new NoSignalException("the start file " + f.file() + " does not hold an instant: " + e.getMessage());
            }
            TimeUnit.NANOSECONDS.sleep(POLL.toNanos());
        }
        throw new NoSignalException("no start signal in " + f.file() + " within " + f.patience().toSeconds()
                + " s; nothing was run");
    }
}
