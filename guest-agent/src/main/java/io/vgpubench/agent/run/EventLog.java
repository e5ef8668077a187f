package io.vgpubench.agent.run;

import io.vgpubench.contract.event.AgentEvent;
import io.vgpubench.contract.event.AgentEvents;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The agent's JSON-lines output: one event a line, written in one piece and flushed at once, so a
 * reader tailing the file sees whole lines and a crash loses at most the sample in flight.
 */
public final class EventLog implements AutoCloseable {
    private final OutputStream out;

    public EventLog(OutputStream out) {
        this.out = out;
    }

    /** Writes {@code event} as one line. */
    public synchronized void write(AgentEvent event) {
        try {
            byte[] json = AgentEvents.write(event).getBytes(StandardCharsets.UTF_8);
            byte[] line = new byte[json.length + 1];
            System.arraycopy(json, 0, line, 0, json.length);
            line[json.length] = '\n';
            out.write(line);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the events file: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
