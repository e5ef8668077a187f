package io.vgpubench.cloud.openstack;

import io.vgpubench.cloud.openstack.auth.Session;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openstack4j.api.OSClient.OSClientV3;
import org.openstack4j.model.compute.Flavor;
import org.openstack4j.model.image.v2.Image;
import org.openstack4j.model.network.Network;

/**
 * Finds the playbook's image, network and flavors on the cloud (by name or id), read-only. What is not
 * there is listed in {@link Found#missing()}, each naming the playbook field.
 */
final class Lookup {
    private Lookup() {}

    record Found(String imageId, String networkId, String networkName, Map<String, CloudFlavor> flavors,
                 List<String> missing) {}

    static Found find(Session session, Os4j os4j, String image, String network, Collection<String> flavorNames) {
        List<String> missing = new ArrayList<>();
        OSClientV3 os = session.os();
        List<? extends Image> images = os4j.call("listing images", () -> os.imagesV2().list(Map.of("name", image)));
        String imageId = images.isEmpty() ? byId(os4j, image, os) : images.get(0).getId();
        if (imageId == null) {
            missing.add("image '" + image + "' (cloud.image) does not exist or is not visible to the project");
        }
        List<? extends Network> networks = os4j.call("listing networks", () -> os.networking().network().list());
        Network net = networks.stream().filter(n -> network.equals(n.getName()) || network.equals(n.getId()))
                .findFirst().orElse(null);
        if (net == null) {
            missing.add("network '" + network + "' (cloud.network) does not exist or is not visible to the project");
        }
        Map<String, CloudFlavor> flavors = new LinkedHashMap<>();
        List<? extends Flavor> all = os4j.call("listing flavors", () -> os.compute().flavors().list());
        for (String name : flavorNames) {
            all.stream().filter(f -> name.equals(f.getName()) || name.equals(f.getId())).findFirst().ifPresentOrElse(
                    f -> flavors.put(name, facts(os4j, os, f)),
                    () -> missing.add("flavor '" + name + "' (flavors[].flavor, via the catalog's cloud_flavor) is not"
                            + " offered to the project"));
        }
        return new Found(imageId, net == null ? null : net.getId(), net == null ? null : net.getName(), flavors, missing);
    }

    static CloudFlavor facts(Os4j os4j, OSClientV3 os, Flavor f) {
        Map<String, String> specs = os4j.call("reading extra specs of flavor " + f.getName(),
                () -> os.compute().flavors().listExtraSpecs(f.getId()));
        return new CloudFlavor(f.getId(), f.getName(), f.getVcpus(), f.getRam(), f.getDisk(),
                specs == null ? Map.of() : specs);
    }

    private static String byId(Os4j os4j, String image, OSClientV3 os) {
        if (!image.matches("[0-9a-fA-F-]{36}")) {
            return null;
        }
        Image found = os4j.call("reading image " + image, () -> os.imagesV2().get(image));
        return found == null ? null : found.getId();
    }
}
