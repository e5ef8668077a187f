package io.vgpubench.agent.run;

import io.vgpubench.contract.event.AgentEvent;
import java.util.function.Consumer;

/**
 * Passes a run's samples to the event log until the run is given up (time limit), after which a
 * worker that is still busy can no longer write anything.
 */
final class Gate implements Consumer<AgentEvent> {
    private final EventLog log;
    private boolean open = true;

    Gate(EventLog log) {
        this.log = log;
    }

    @Override
    public synchronized void accept(AgentEvent event) {
        if (open) {
            log.write(event);
        }
    }

    synchronized void shut() {
        open = false;
    }
}
