package io.vgpubench.ssh;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** Locks by name that exist only while someone holds or waits for them, so they are never more than the work in flight. */
final class NamedLocks {
    private final Map<String, Entry> locks = new ConcurrentHashMap<>();

    /** Runs {@code action} while holding the lock named {@code name}. */
    <T> T with(String name, Supplier<T> action) {
        Entry entry = locks.compute(name, (k, e) -> (e == null ? new Entry() : e).use(1));
        entry.lock.lock();
        try {
            return action.get();
        } finally {
            entry.lock.unlock();
            locks.computeIfPresent(name, (k, e) -> e.use(-1).users == 0 ? null : e);
        }
    }

    /** How many names have a lock now. */
    int size() {
        return locks.size();
    }

    private static final class Entry {
        final ReentrantLock lock = new ReentrantLock();
        int users;

        Entry use(int change) {
            users += change;
            return this;
        }
    }
}
