package io.vgpubench.cloud.openstack;

import io.vgpubench.VgpubenchException;
import io.vgpubench.cloud.InstanceInfo;
import io.vgpubench.cloud.SshRoute;
import io.vgpubench.cloud.openstack.api.ServerView;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Gives each new server the address SSH reaches it at, as soon as it is ACTIVE: a floating IP of its own where
 * the project has one free for every server; else the first server ACTIVE takes the one floating IP and is the
 * jump host of the rest (on resume, the campaign's server that holds one already is); else, or with floating
 * IPs off, its fixed address on the campaign's network. Safe to call from several threads at once.
 */
final class Addresses {
    private final String network;
    /** Attaches a floating IP to a server and returns the address; null with floating IPs off. */
    private final Function<ServerView, String> attach;
    private final boolean each;
    private final AtomicBoolean jumpTaken;
    /** The jump host, once it has its floating IP; null when servers are reached directly. */
    private final CompletableFuture<SshRoute.Jump> jump;

    private Addresses(String network, Function<ServerView, String> attach, boolean each, boolean jumpTaken,
                      CompletableFuture<SshRoute.Jump> jump) {
        this.network = network;
        this.attach = attach;
        this.each = each;
        this.jumpTaken = new AtomicBoolean(jumpTaken);
        this.jump = jump;
    }

    /** Every server on its fixed address (or the floating IP Nova already shows for it). */
    static Addresses fixed(String network) {
        return new Addresses(network, null, false, true, null);
    }

    /** A floating IP for every server, attached as it becomes ACTIVE. */
    static Addresses floatingEach(String network, Function<ServerView, String> attach) {
        return new Addresses(network, attach, true, true, null);
    }

    /** One floating IP, for the first server ACTIVE; the others go through it. */
    static Addresses viaFirst(String network, Function<ServerView, String> attach) {
        return new Addresses(network, attach, false, false, new CompletableFuture<>());
    }

    /** Every server through a jump host the campaign has already. */
    static Addresses via(String network, SshRoute.Jump existing) {
        return new Addresses(network, null, false, true, CompletableFuture.completedFuture(existing));
    }

    /** The ACTIVE server as SSH reaches it; waits for the jump host's floating IP where it goes through one. */
    InstanceInfo of(ServerView server) {
        if (each) {
            return Instances.describe(server, attach.apply(server), network, null);
        }
        if (jump == null) {
            String shown = server.floating().values().stream().flatMap(List::stream).findFirst().orElse(null);
            return Instances.describe(server, shown, network, null);
        }
        if (jumpTaken.compareAndSet(false, true)) {
            try {
                String address = attach.apply(server);
                jump.complete(new SshRoute.Jump(server.id(), server.name(), address));
                return Instances.describe(server, address, network, null);
            } catch (RuntimeException e) {
                jump.completeExceptionally(e);
                throw e;
            }
        }
        try {
            return Instances.describe(server, null, network, jump.join());
        } catch (CompletionException e) {
            throw VgpubenchException.infrastructure("no jump host: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
