package io.vgpubench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.vgpubench.model.Flavor;
import io.vgpubench.model.FlavorCatalog;
import java.io.UncheckedIOException;
import java.util.List;

/** Renders a flavor catalog for people (a table, unconfirmed figures starred) or for programs (JSON). */
final class FlavorTable {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private FlavorTable() {}

    static String text(FlavorCatalog catalog) {
        TextTable t = new TextTable("NAME", "CLOUD FLAVOR", "PROFILE", "FB GB", "FRACTION", "PHYSICAL GPU",
                "SCHEDULER", "VCPUS", "RAM GB", "COST/H");
        List<Flavor> unconfirmed = catalog.flavors().values().stream().filter(Flavor::unconfirmed).toList();
        for (Flavor f : catalog.flavors().values()) {
            t.row(f.name() + (f.unconfirmed() ? " *" : ""), f.cloudFlavor(), f.profile(), number(f.frameBufferGb()),
                    number(f.shareFraction()), f.physicalGpu(), f.scheduler(), f.vcpus(), number(f.ramGb()),
                    f.cost() == null ? null : number(f.cost().perHour()) + " " + f.cost().unit());
        }
        StringBuilder sb = new StringBuilder(t.render(""));
        if (!unconfirmed.isEmpty()) {
            sb.append("\n* unconfirmed figures:\n");
            unconfirmed.forEach(f -> sb.append("  ").append(f.name()).append(": ").append(f.notes()).append('\n'));
        }
        return sb.toString();
    }

    static String json(FlavorCatalog catalog) {
        try {
            return JSON.writeValueAsString(catalog.flavors().values()) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A figure without a needless ".0" (5 rather than 5.0; 0.25 stays). */
    static String number(Double d) {
        if (d == null) {
            return null;
        }
        return d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(d);
    }
}
