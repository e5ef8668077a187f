package io.vgpubench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vgpubench.VgpubenchException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlavorCatalogLoaderTest {
    @TempDir
    Path dir;

    static final String ENTRY = """
            flavors:
              - name: x.small
                profile: A100-10C
                share_fraction: 0.25
                physical_gpu: NVIDIA A100 40GB
                source: test
            """;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void loadsEveryShippedCatalog() {
        FlavorCatalog c = FlavorCatalogLoader.load(FlavorCatalogLoader.catalogFiles(PlaybookFixture.HOME.resolve("flavors")));

        assertThat(c.flavors()).containsKeys("g3.small", "g3.medium", "g3.large", "g3.xl", "v100-bare", "v100-16q",
                "v100-16q-be", "v100-8q", "v100-8q-be", "v100-4q", "v100-2q", "v100-1q", "a100-40c", "a100-4c",
                "h100-80c", "h100-4c", "local", "local.half");
    }

    @Test
    void shipsJetstream2FlavorsWithTheirDocumentedFigures() {
        FlavorCatalog c = FlavorCatalogLoader.load(List.of(PlaybookFixture.HOME.resolve("flavors/jetstream2.yaml")));

        Flavor small = c.get("g3.small");
        assertThat(small).extracting(Flavor::vcpus, Flavor::ramGb, Flavor::frameBufferGb, Flavor::shareFraction,
                Flavor::physicalGpu, Flavor::unconfirmed).containsExactly(4, 15.0, 5.0, 0.2, "NVIDIA A100 40GB", true);
        assertThat(small.notes()).contains("8 GB");
        assertThat(c.get("g3.medium")).extracting(Flavor::vcpus, Flavor::ramGb, Flavor::frameBufferGb,
                Flavor::shareFraction).containsExactly(8, 30.0, 10.0, 0.25);
        assertThat(c.get("g3.large")).extracting(Flavor::frameBufferGb, Flavor::shareFraction).containsExactly(20.0, 0.5);
        assertThat(c.get("g3.xl")).extracting(Flavor::vcpus, Flavor::ramGb, Flavor::frameBufferGb,
                Flavor::shareFraction).containsExactly(32, 125.0, 40.0, 1.0);
    }

    @Test
    void everyShippedProfileHasAFractionEqualToItsShareOfTheCard() {
        FlavorCatalog c = FlavorCatalogLoader.load(List.of(PlaybookFixture.HOME.resolve("flavors/v100-q.yaml"),
                PlaybookFixture.HOME.resolve("flavors/a100-h100-c.yaml")));

        assertThat(c.get("v100-4q").shareFraction()).isEqualTo(4.0 / 16);
        assertThat(c.get("v100-1q").shareFraction()).isEqualTo(1.0 / 16);
        assertThat(c.get("a100-8c").shareFraction()).isEqualTo(8.0 / 40);
        assertThat(c.get("h100-10c").shareFraction()).isEqualTo(10.0 / 80);
        assertThat(c.get("v100-8q-be").scheduler()).isEqualTo("best-effort");
    }

    @Test
    void rejectsAFlavorDefinedInTwoFilesNamingTheFirst() throws IOException {
        Path a = write("a.yaml", ENTRY);
        Path b = write("b.yaml", "# again\n" + ENTRY);

        assertThatThrownBy(() -> FlavorCatalogLoader.load(List.of(a, b)))
                .isInstanceOf(VgpubenchException.class)
                .hasMessage(b + ":3:11: flavors[0].name: flavor 'x.small' is already defined in " + a
                        + " (flavors[0])");
    }

    @Test
    void rejectsAShareFractionOutsideZeroToOne() throws IOException {
        Path a = write("a.yaml", ENTRY.replace("0.25", "1.5"));

        assertThatThrownBy(() -> FlavorCatalogLoader.load(List.of(a)))
                .hasMessage(a + ":4:21: flavors[0].share_fraction: must be a fraction in (0, 1], got 1.5");
    }

    @Test
    void rejectsMissingFieldsUnknownKeysAndWrongTypesTogether() throws IOException {
        Path a = write("a.yaml", ENTRY.replace("    source: test\n", "    vcpus: four\n    colour: red\n"));

        assertThatThrownBy(() -> FlavorCatalogLoader.load(List.of(a)))
                .isInstanceOfSatisfying(VgpubenchException.class, e -> assertThat(e.kind()).isEqualTo(io.vgpubench.FailureKind.BAD_INPUT))
                .hasMessage(String.join(System.lineSeparator(),
                        a + ":2:5: flavors[0]: missing required field 'source'",
                        a + ":6:12: flavors[0].vcpus: must be a whole number, got string 'four'",
                        a + ":7:5: flavors[0].colour: unknown key; expected one of [cloud_flavor, cost_per_hour, "
                                + "cost_unit, frame_buffer_gb, memory_limit_gb, name, notes, partition, physical_gpu, "
                                + "profile, ram_gb, scheduler, share_fraction, sm_percent, source, unconfirmed, vcpus]"));
    }

    @Test
    void jetstream2FlavorsCarryTheirServiceUnitsAnHourMarkedUnconfirmed() {
        FlavorCatalog c = FlavorCatalogLoader.load(List.of(PlaybookFixture.HOME.resolve("flavors/jetstream2.yaml")));

        assertThat(List.of("g3.small", "g3.medium", "g3.large", "g3.xl")).extracting(n -> c.get(n).cost())
                .containsExactly(new Cost(16, "SU"), new Cost(32, "SU"), new Cost(64, "SU"), new Cost(128, "SU"));
        assertThat(List.of("g3.small", "g3.medium", "g3.large", "g3.xl")).allSatisfy(n -> {
            assertThat(c.get(n).unconfirmed()).isTrue();
            assertThat(c.get(n).notes()).contains("cost_per_hour - 4 SU per vCPU hour");
        });
    }

    @Test
    void aCostNeedsItsUnitAndAUnitItsCost() throws IOException {
        Path a = write("a.yaml", ENTRY + "    cost_per_hour: 16\n");
        Path b = write("b.yaml", ENTRY.replace("x.small", "y.small") + "    cost_unit: SU\n");
        Path c = write("c.yaml", ENTRY.replace("x.small", "z.small") + "    cost_per_hour: -3\n    cost_unit: USD\n");

        assertThatThrownBy(() -> FlavorCatalogLoader.load(List.of(a)))
                .hasMessage(a + ":2:5: flavors[0]: cost_per_hour needs its cost_unit (the cloud's unit, e.g. SU or USD)");
        assertThatThrownBy(() -> FlavorCatalogLoader.load(List.of(b)))
                .hasMessage(b + ":7:16: flavors[0].cost_unit: cost_unit applies only with a cost_per_hour");
        assertThatThrownBy(() -> FlavorCatalogLoader.load(List.of(c))).hasMessageContaining(c + ":7:20: flavors[0]"
                + ".cost_per_hour: must be");
    }

    @Test
    void requiresNotesOnAnUnconfirmedEntry() throws IOException {
        Path a = write("a.yaml", ENTRY + "    unconfirmed: true\n");

        assertThatThrownBy(() -> FlavorCatalogLoader.load(List.of(a)))
                .hasMessage(a + ":2:5: flavors[0]: an unconfirmed entry must say in 'notes' which figure is unconfirmed");
    }

    @Test
    void rejectsAnUnknownScheduler() throws IOException {
        Path a = write("a.yaml", ENTRY + "    scheduler: round-robin\n");

        assertThatThrownBy(() -> FlavorCatalogLoader.load(List.of(a)))
                .hasMessage(a + ":7:16: flavors[0].scheduler: must be one of [best-effort, equal-share, fixed], "
                        + "got 'round-robin'");
    }

    @Test
    void defaultsTheCloudFlavorToTheName() throws IOException {
        Path a = write("a.yaml", ENTRY);

        assertThat(FlavorCatalogLoader.load(List.of(a)).get("x.small").cloudFlavor()).isEqualTo("x.small");
    }
}
