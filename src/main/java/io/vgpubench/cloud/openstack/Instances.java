package io.vgpubench.cloud.openstack;

import io.vgpubench.cloud.InstanceInfo;
import io.vgpubench.cloud.InstanceState;
import io.vgpubench.cloud.SshRoute;
import io.vgpubench.cloud.openstack.api.ServerView;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openstack4j.model.network.NetFloatingIP;

/**
 * Turns Nova's view of a campaign's servers (and the campaign's floating IPs) into {@link InstanceInfo}s:
 * the address SSH uses (the floating IP where there is one, else the fixed address on the campaign's
 * network) and, for servers without a floating IP, the server that serves as their jump host.
 */
final class Instances {
    private Instances() {}

    static List<InstanceInfo> describe(List<ServerView> servers, List<NetFloatingIP> floating, String network) {
        Map<String, String> floatingByPort = new HashMap<>();
        Map<String, String> floatingByFixed = new HashMap<>();
        for (NetFloatingIP f : floating) {
            if (f.getFixedIpAddress() != null) {
                floatingByFixed.put(f.getFixedIpAddress(), f.getFloatingIpAddress());
            }
            floatingByPort.put(f.getPortId(), f.getFloatingIpAddress());
        }
        Map<ServerView, String> reach = new LinkedHashMap<>();
        servers.stream().sorted(Comparator.comparing(ServerView::name)).forEach(s -> {
            String fixed = s.address(network);
            String fip = s.floating().values().stream().flatMap(List::stream).findFirst()
                    .orElse(fixed == null ? null : floatingByFixed.get(fixed));
            reach.put(s, fip);
        });
        SshRoute.Jump jump = reach.entrySet().stream().filter(e -> e.getValue() != null).findFirst()
                .map(e -> new SshRoute.Jump(e.getKey().id(), e.getKey().name(), e.getValue())).orElse(null);
        return reach.entrySet().stream().map(e -> describe(e.getKey(), e.getValue(), network, jump)).toList();
    }

    /**
     * One server: reached at {@code floatingIp} when it has one, else at its fixed address on {@code network},
     * through {@code jump} when there is one.
     */
    static InstanceInfo describe(ServerView s, String floatingIp, String network, SshRoute.Jump jump) {
        SshRoute route = floatingIp != null ? SshRoute.direct(floatingIp)
                : jump != null ? SshRoute.through(jump, s.address(network)) : SshRoute.direct(s.address(network));
        return new InstanceInfo(s.id(), s.name(), s.metadata().getOrDefault(Names.FLAVOR_KEY, ""), state(s.status()),
                route, s.metadata());
    }

    static InstanceState state(String novaStatus) {
        return switch (novaStatus) {
            case "ACTIVE" -> InstanceState.ACTIVE;
            case "ERROR" -> InstanceState.FAILED;
            case "DELETED", "SOFT_DELETED" -> InstanceState.DELETED;
            default -> InstanceState.BUILDING;
        };
    }
}
