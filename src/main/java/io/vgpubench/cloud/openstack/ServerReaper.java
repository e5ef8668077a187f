package io.vgpubench.cloud.openstack;

import io.vgpubench.cloud.openstack.api.NovaServers;
import io.vgpubench.cloud.openstack.api.ServerView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Deletes every server carrying a tag ({@code concurrency} deletes in flight) and waits, one bulk read per
 * poll, until Nova lists none; returns the deletes that failed.
 */
final class ServerReaper {
    private final NovaServers nova;
    private final LaunchSettings settings;

    ServerReaper(NovaServers nova, LaunchSettings settings) {
        this.nova = nova;
        this.settings = settings;
    }

    List<String> deleteTagged(String tag) {
        List<String> problems = new ArrayList<>();
        List<ServerView> servers = nova.listTagged(tag);
        if (servers.isEmpty()) {
            return problems;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(settings.concurrency(),
                servers.size())), r -> new Thread(r, "openstack-delete"));
        try {
            List<Future<?>> deletes = new ArrayList<>();
            servers.forEach(s -> deletes.add(pool.submit(() -> nova.delete(s.id()))));
            for (Future<?> f : deletes) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    problems.add(e.getCause().getMessage());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return problems;
        } finally {
            pool.shutdownNow();
        }
        Instant deadline = Instant.now().plus(settings.deleteTimeout());
        Duration pause = settings.pollInitial();
        while (!nova.listTagged(tag).isEmpty() && Instant.now().isBefore(deadline) && Pause.sleep(pause)) {
            pause = settings.next(pause);
        }
        return problems;
    }
}
