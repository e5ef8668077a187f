package io.vgpubench.agent.run;

import io.vgpubench.agent.backend.Backend;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cards of the chosen backend: card 0 opened up front, the others the first time a run needs
 * them (each with its own backend, so its own CUDA context), and all closed together at the end.
 */
public final class Cards implements AutoCloseable {
    private final Map<Integer, Backend> open = new TreeMap<>();
    private final int count;
    private final Opener opener;

    /** Opens card {@code index} of the same backend; the message says why it could not. */
    public interface Opener {
        Backend open(int index) throws NoBackendException;
    }

    public Cards(Backend first, int count, Opener opener) {
        this.count = count;
        this.opener = opener;
        open.put(0, first);
    }

    /** Cards already open and no others (tests, and a single backend opened by hand). */
    public static Cards of(Backend... backends) {
        Cards cards = new Cards(backends[0], backends.length, i -> {
            throw new NoBackendException("card " + i + " was not given");
        });
        for (int i = 1; i < backends.length; i++) {
            cards.open.put(i, backends[i]);
        }
        return cards;
    }

    /** How many cards the backend sees. */
    public int count() {
        return count;
    }

    /** Card 0, always open. */
    public Backend first() {
        return open.get(0);
    }

    /** Card {@code index}, opened now if it was not yet. */
    public synchronized Backend card(int index) throws NoBackendException {
        if (index < 0 || index >= count) {
            throw new NoBackendException("no card " + index + ": the agent sees " + count + " card(s), 0 to " + (count - 1));
        }
        Backend b = open.get(index);
        if (b == null) {
            b = opener.open(index);
            open.put(index, b);
        }
        return b;
    }

    @Override
    public synchronized void close() {
        open.values().forEach(Backend::close);
        open.clear();
    }
}
