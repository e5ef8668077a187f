package io.vgpubench.cloud.openstack;

import io.vgpubench.cloud.openstack.auth.Session;
import java.util.ArrayList;
import java.util.List;
import org.openstack4j.api.OSClient.OSClientV3;
import org.openstack4j.model.compute.AbsoluteLimit;

/**
 * Whether a fleet fits what the project has left: instances, cores and RAM (Nova's absolute limits) and
 * floating IPs (Neutron's quota less those allocated). A limit of -1 is unlimited.
 */
final class QuotaCheck {
    private QuotaCheck() {}

    /** What the fleet needs and what is free, per resource; {@code fits} is false for each that does not fit. */
    record Line(String resource, long needed, long free, long limit) {
        boolean fits() {
            return limit < 0 || needed <= free;
        }

        String describe() {
            return resource + ": needs " + needed + ", " + (limit < 0 ? "unlimited" : free + " free of " + limit);
        }
    }

    /** Free floating IPs (Integer.MAX_VALUE when unlimited). */
    static int freeFloatingIps(Session session, Os4j os4j) {
        Line l = floatingIps(session, os4j, 0);
        return l.limit() < 0 ? Integer.MAX_VALUE : (int) l.free();
    }

    static Line floatingIps(Session session, Os4j os4j, long needed) {
        OSClientV3 os = session.os();
        String project = session.token().getProject().getId();
        int limit = os4j.call("reading the network quota", () -> os.networking().quotas().get(project)).getFloatingIP();
        int used = os4j.call("listing floating IPs", () -> os.networking().floatingip().list()).size();
        return line("floating IPs", needed, limit, used);
    }

    static List<Line> check(Session session, Os4j os4j, List<CloudFlavor> fleet, int floatingIps) {
        OSClientV3 os = session.os();
        AbsoluteLimit a = os4j.call("reading compute limits", () -> os.compute().quotaSets().limits()).getAbsolute();
        List<Line> lines = new ArrayList<>();
        lines.add(line("instances", fleet.size(), a.getMaxTotalInstances(), a.getTotalInstancesUsed()));
        lines.add(line("cores", fleet.stream().mapToLong(CloudFlavor::vcpus).sum(), a.getMaxTotalCores(),
                a.getTotalCoresUsed()));
        lines.add(line("RAM (MB)", fleet.stream().mapToLong(CloudFlavor::ramMb).sum(), a.getMaxTotalRAMSize(),
                a.getTotalRAMUsed()));
        if (floatingIps > 0) {
            lines.add(floatingIps(session, os4j, floatingIps));
        }
        return lines;
    }

    private static Line line(String resource, long needed, long limit, long used) {
        return new Line(resource, needed, limit < 0 ? Long.MAX_VALUE : Math.max(0, limit - used), limit);
    }
}
