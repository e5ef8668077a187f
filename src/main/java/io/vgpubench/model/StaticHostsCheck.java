package io.vgpubench.model;

import io.vgpubench.model.yaml.Node;
import java.util.List;

/** Checks that a static cloud's hosts match the playbook's flavors: labels known, enough hosts per flavor. */
final class StaticHostsCheck {
    private StaticHostsCheck() {}

    static void check(Node root, CloudSpec.Static cloud, List<FlavorUnderTest> flavors) {
        List<String> names = flavors.stream().map(FlavorUnderTest::flavor).toList();
        List<CloudSpec.StaticHost> hosts = cloud.hosts();
        for (int i = 0; i < hosts.size(); i++) {
            if (!names.contains(hosts.get(i).flavor())) {
                root.field("cloud").field("hosts").elements().get(i).field("flavor").problem("host flavor '"
                        + hosts.get(i).flavor() + "' is not among the playbook's flavors " + names);
            }
        }
        List<Node> flavorNodes = root.field("flavors").elements();
        for (int i = 0; i < flavors.size(); i++) {
            FlavorUnderTest f = flavors.get(i);
            long available = hosts.stream().filter(h -> h.flavor().equals(f.flavor())).count();
            if (available < f.instances()) {
                Node at = flavorNodes.stream().filter(n -> f.flavor().equals(n.field("flavor").textOrNull()))
                        .findFirst().orElse(root.field("flavors"));
                at.field("instances").problem("flavor '" + f.flavor() + "' asks for " + f.instances()
                        + " instance(s) but the static cloud lists " + available + " host(s) with that flavor");
            }
        }
    }
}
