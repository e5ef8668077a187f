package io.vgpubench.cloud.openstack;

import io.vgpubench.VgpubenchException;
import io.vgpubench.cloud.ProvisionResult.ProvisionFailure;
import io.vgpubench.cloud.openstack.api.NovaServers;
import io.vgpubench.cloud.openstack.api.Reply;
import io.vgpubench.cloud.openstack.api.ServerView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Boots a campaign's servers in parallel (at most {@code concurrency} boot requests at once) and waits for
 * them with one bulk read per poll ({@code GET /servers/detail?tags=<campaign>}), never one request per
 * server. Each server's fate is told to a {@link Watcher} as soon as it is known. A server in ERROR is recorded
 * with its fault, deleted and booted again up to {@code retries} times; one that stays in BUILD past the boot
 * timeout is deleted and reported.
 */
final class ServerLauncher {
    private final NovaServers nova;
    private final LaunchSettings settings;
    private final Consumer<String> log;
    /** The campaign's server group policy ("affinity", "anti-affinity"), or null. */
    private final String groupPolicy;

    ServerLauncher(NovaServers nova, LaunchSettings settings, Consumer<String> log) {
        this(nova, settings, log, null);
    }

    ServerLauncher(NovaServers nova, LaunchSettings settings, Consumer<String> log, String groupPolicy) {
        this.nova = nova;
        this.settings = settings;
        this.log = log;
        this.groupPolicy = groupPolicy;
    }

    /** The servers that reached ACTIVE, and the failures of those that did not. */
    record Outcome(List<ServerView> ready, List<ProvisionFailure> failures) {}

    /** Hears of each server as soon as it is ACTIVE or has failed. */
    interface Watcher {
        /**
         * Runs on the launcher's pool, so its API calls count against the same concurrency limit as the boots;
         * the launch returns once every call has ended and throws what one threw.
         */
        void active(ServerView server);

        /** Runs on the polling thread. */
        void failed(ProvisionFailure failure);

        /** Nova accepted a boot: the server exists as {@code id}. Runs on the polling thread. */
        default void building(String name, String id) {
        }
    }

    Outcome launch(String tag, List<Slot> slots) {
        return launch(tag, slots, new Watcher() {
            @Override
            public void active(ServerView server) {
                // the outcome says it
            }

            @Override
            public void failed(ProvisionFailure failure) {
                // the outcome says it
            }
        });
    }

    Outcome launch(String tag, List<Slot> slots, Watcher watcher) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(settings.concurrency(), slots.size())),
                r -> new Thread(r, "openstack-boot"));
        try {
            Map<Slot, Future<Reply>> booting = new HashMap<>();
            slots.forEach(s -> booting.put(s, pool.submit(() -> nova.boot(s.boot()))));
            return new Wait(tag, slots, booting, pool, watcher).run();
        } finally {
            pool.shutdownNow();
        }
    }

    /** One server to have: its boot request, the flavor it stands for, and what happened to it so far. */
    static final class Slot {
        private final NovaServers.Boot boot;
        private final String flavor;
        private final List<String> faults = new ArrayList<>();
        private String serverId;
        private Instant accepted;
        private int boots;

        Slot(NovaServers.Boot boot, String flavor) {
            this.boot = boot;
            this.flavor = flavor;
        }

        NovaServers.Boot boot() {
            return boot;
        }
    }

    /** The poll loop of one launch. */
    private final class Wait {
        private final String tag;
        private final List<Slot> pending;
        private final Map<Slot, Future<Reply>> booting;
        private final ExecutorService pool;
        private final Watcher watcher;
        private final Set<String> deleted = new HashSet<>();
        private final List<ServerView> ready = new ArrayList<>();
        private final List<ProvisionFailure> failures = new ArrayList<>();
        private final List<Future<?>> told = new ArrayList<>();
        private final Map<String, Slot> byName = new HashMap<>();
        /** A boot request failed without an answer: Nova may have made its server all the same. */
        private boolean answerLost;

        Wait(String tag, List<Slot> slots, Map<Slot, Future<Reply>> booting, ExecutorService pool, Watcher watcher) {
            this.tag = tag;
            this.pending = new ArrayList<>(slots);
            slots.forEach(s -> byName.put(s.boot.name(), s));
            this.booting = booting;
            this.pool = pool;
            this.watcher = watcher;
        }

        Outcome run() {
            Duration pause = settings.pollInitial();
            while (!pending.isEmpty()) {
                sleep(pause);
                pause = settings.next(pause);
                collectBoots();
                if (pending.stream().allMatch(s -> s.serverId == null)) {
                    continue;
                }
                Map<String, ServerView> seen = new HashMap<>();
                nova.listTagged(tag).forEach(v -> seen.put(v.id(), v));
                for (Slot s : List.copyOf(pending)) {
                    if (s.serverId != null) {
                        check(s, seen.get(s.serverId));
                    }
                }
                sweep(seen.values());
            }
            if (answerLost) {
                sweep(nova.listTagged(tag));
            }
            awaitTold();
            return new Outcome(ready, failures);
        }

        /**
         * Deletes servers that carry a slot's name but are not the one the slot waits for: a boot whose answer
         * was lost and that was sent again leaves two (Nova made the first all the same), and a restart can
         * leave one from before. Left alone they would hold a vGPU until teardown.
         */
        private void sweep(java.util.Collection<ServerView> seen) {
            Set<String> known = new HashSet<>(deleted);
            byName.values().forEach(s -> {
                if (s.serverId != null) {
                    known.add(s.serverId);
                }
            });
            ready.forEach(v -> known.add(v.id()));
            for (ServerView v : seen) {
                Slot s = byName.get(v.name());
                if (s == null || known.contains(v.id()) || booting.containsKey(s)) {
                    continue;
                }
                log.accept(v.name() + ": a second server with its name (" + v.id() + "), not the one being waited for"
                        + " (a boot sent again after its answer was lost, or one left from before a restart); deleted");
                deleted.add(v.id());
                nova.delete(v.id());
            }
        }

        /** Waits for the watcher's calls on the ACTIVE servers; rethrows what one threw. */
        private void awaitTold() {
            for (Future<?> f : told) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw (Error) e.getCause();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw VgpubenchException.infrastructure("interrupted while setting up ACTIVE servers", e);
                }
            }
        }

        private void collectBoots() {
            for (var e : List.copyOf(booting.entrySet())) {
                if (!e.getValue().isDone()) {
                    continue;
                }
                booting.remove(e.getKey());
                accepted(e.getKey(), e.getValue());
            }
        }

        private void accepted(Slot s, Future<Reply> f) {
            s.boots++;
            Reply r;
            try {
                r = f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                answerLost = true;
                fail(s, "boot request failed: " + (e.getCause() instanceof VgpubenchException v ? v.getMessage()
                        : e.getCause().getClass().getSimpleName()));
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw VgpubenchException.infrastructure("interrupted while booting servers", e);
            }
            if (r.ok()) {
                s.serverId = r.body().path("server").path("id").asText();
                s.accepted = Instant.now();
                watcher.building(s.boot.name(), s.serverId);
            } else if (QuotaMessage.isQuota(r)) {
                fail(s, "quota exceeded: " + r.message());
            } else {
                fail(s, "boot refused: HTTP " + r.status() + " " + r.message());
            }
        }

        private void check(Slot s, ServerView v) {
            if (v != null && v.active()) {
                ready.add(v);
                pending.remove(s);
                told.add(pool.submit(() -> watcher.active(v)));
            } else if (v != null && v.error()) {
                String fault = faultOf(v);
                s.faults.add(fault);
                // anti-affinity: the group's other servers keep their hosts, so booting again finds none either
                boolean noHostOfItsOwn = "anti-affinity".equals(groupPolicy) && (fault.contains("No valid host")
                        || fault.contains("Exhausted all hosts") || fault.contains("nti-affinity"));
                boolean again = s.boots <= settings.retries() && !noHostOfItsOwn;
                log.accept(s.boot.name() + ": ERROR (" + fault + ")" + (again ? ", deleted, booting again ("
                        + s.boots + " of " + (settings.retries() + 1) + ")" : ", deleted"));
                dropServer(s);
                if (again) {
                    booting.put(s, pool.submit(() -> nova.boot(s.boot)));
                } else {
                    fail(s, faults(s) + (noHostOfItsOwn ? "; the campaign's anti-affinity server group needs a host"
                            + " of its own for each instance and the scheduler found none left for this one (not"
                            + " retried: the group's other servers keep theirs; use fewer instances or no server"
                            + " group)" : ""));
                }
            } else if (Duration.between(s.accepted, Instant.now()).compareTo(settings.bootTimeout()) > 0) {
                String status = v == null ? "not listed" : v.status();
                dropServer(s);
                fail(s, "still " + status + " " + settings.bootTimeout().toSeconds() + " s after its boot was"
                        + " accepted; deleted");
            }
        }

        /** The slot's faults, each once, with how many boots ended in it where more than one did. */
        private String faults(Slot s) {
            Map<String, Integer> counts = new java.util.LinkedHashMap<>();
            s.faults.forEach(f -> counts.merge(f, 1, Integer::sum));
            return counts.entrySet().stream().map(e -> e.getKey() + (e.getValue() > 1 ? " (" + e.getValue()
                    + " boots)" : "")).collect(java.util.stream.Collectors.joining("; "));
        }

        /** The fault message; Nova's list leaves it out, so the one server in ERROR is read alone. */
        private String faultOf(ServerView v) {
            String fault = v.fault();
            if (fault == null) {
                ServerView alone = nova.get(v.id());
                fault = alone == null ? null : alone.fault();
            }
            return fault == null ? "ERROR without a fault message" : fault;
        }

        private void dropServer(Slot s) {
            deleted.add(s.serverId);
            nova.delete(s.serverId);
            s.serverId = null;
        }

        private void fail(Slot s, String reason) {
            ProvisionFailure failure = new ProvisionFailure(s.boot.name(), s.flavor, reason);
            failures.add(failure);
            pending.remove(s);
            watcher.failed(failure);
        }
    }

    private static void sleep(Duration d) {
        if (!Pause.sleep(d)) {
            throw VgpubenchException.infrastructure("interrupted while waiting for servers", null);
        }
    }
}
