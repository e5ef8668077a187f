package io.vgpubench.report.source;

import io.vgpubench.VgpubenchException;
import io.vgpubench.report.FlavorInfo;
import io.vgpubench.report.Refusals;
import io.vgpubench.report.ReportInput;
import io.vgpubench.sharing.Sharing;
import io.vgpubench.results.CampaignFolder;
import io.vgpubench.results.CampaignInfo;
import io.vgpubench.results.SamplesFile;
import io.vgpubench.stats.Observation;
import io.vgpubench.stats.Series;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Builds a {@link ReportInput} from a campaign folder, a samples CSV or a summary-level CSV. */
public final class Inputs {
    private Inputs() {}

    /**
     * A campaign folder: samples.jsonl, and campaign.json where present (it must name the campaign and the
     * baseline; without it {@code baseline} is needed).
     */
    public static ReportInput campaign(Path dir, String baselineOverride) {
        CampaignFolder folder = withSamples(dir);
        CampaignInfo c = Files.isRegularFile(folder.infoFile()) ? required(folder)
                : new CampaignInfo(folder.id(), null, null, baselineOverride, 0, null, null, null);
        String baseline = baselineOverride != null ? baselineOverride : c.baseline();
        if (baseline == null) {
            throw VgpubenchException.badInput(dir + ": no " + folder.infoFile().getFileName()
                    + "; name the baseline flavor with --baseline");
        }
        SamplesFile.Content content = folder.readSamples();
        List<String> warnings = Stream.concat(c.warnings().stream(), content.warnings().stream()).toList();
        Refusals refusals = Refusals.of(content.samples(), c.require());
        List<String> failures = Stream.concat(c.failures().stream(), refusals.failures().stream()
                .filter(f -> !c.failures().contains(f))).toList();
        ReportInput in = ReportInput.fromSamples(c.campaign(), baseline, flavors(c), refusals.kept(), warnings,
                failures, c.thresholds()).withAdaptive(c.adaptive());
        return requireBaseline(in, folder.samplesFile());
    }

    private static CampaignFolder withSamples(Path dir) {
        CampaignFolder folder = new CampaignFolder(dir);
        if (!Files.isRegularFile(folder.samplesFile())) {
            throw VgpubenchException.badInput(dir + ": not a campaign folder (no samples.jsonl)");
        }
        return folder;
    }

    /** campaign.json with the two fields a report cannot do without. */
    private static CampaignInfo required(CampaignFolder folder) {
        CampaignInfo c = folder.readInfo();
        if (c.campaign() == null || c.baseline() == null) {
            throw VgpubenchException.badInput(folder.infoFile() + ": field "
                    + (c.campaign() == null ? "campaign" : "baseline") + " is missing");
        }
        return c;
    }

    /** What the report needs of each flavor campaign.json lists. */
    private static Map<String, FlavorInfo> flavors(CampaignInfo c) {
        Map<String, FlavorInfo> flavors = new LinkedHashMap<>();
        c.flavors().forEach((name, f) -> flavors.put(name, new FlavorInfo(f.shareFraction(), f.scheduler(), f.label(),
                f.cost())));
        return flavors;
    }

    /** A CSV of samples brought from elsewhere; it has no time slots, so samples of several tasks are left out. */
    public static ReportInput samplesCsv(Path file, String baseline) {
        List<Observation> obs = SamplesCsv.read(file);
        Map<String, FlavorInfo> flavors = new LinkedHashMap<>();
        obs.forEach(o -> flavors.putIfAbsent(o.flavor(), new FlavorInfo(o.shareFraction(), null, null)));
        return requireBaseline(new ReportInput(name(file), baseline, flavors, Sharing.provenOfCsv(obs), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), Sharing.ofCsv(obs)), file);
    }

    /** A CSV of summary-level figures (mean, sd, n). */
    public static ReportInput summaryCsv(Path file, String baseline) {
        SummaryFiguresCsv.Figures f = SummaryFiguresCsv.read(file);
        return requireBaseline(new ReportInput(name(file), baseline, f.flavors(), List.of(), f.series(), List.of(),
                List.of(), List.of(), List.of()), file);
    }

    /** The series a source measured (proven samples only) and what was left out of them. */
    public record Measured(List<Series> series, Sharing sharing) {}

    /**
     * The series of a campaign folder, a samples CSV or a summary CSV (told apart by a "value" or "mean"
     * column in the header), for comparisons that need no baseline.
     */
    public static List<Series> series(Path source) {
        return measured(source).series();
    }

    /** As {@link #series}, with the samples left out because their co-runners' overlap is not proven. */
    public static Measured measured(Path source) {
        if (Files.isDirectory(source)) {
            ReportInput in = ReportInput.fromSamples(name(source), null, Map.of(),
                    withSamples(source).readSamples().samples(), List.of(), List.of(), List.of());
            return new Measured(Series.group(in.observations()), in.sharing());
        }
        List<String> header = CsvTable.header(source);
        if (header.contains("value")) {
            List<Observation> obs = SamplesCsv.read(source);
            return new Measured(Series.group(Sharing.provenOfCsv(obs)), Sharing.ofCsv(obs));
        }
        if (header.contains("mean")) {
            return new Measured(SummaryFiguresCsv.read(source).series(), Sharing.none());
        }
        throw VgpubenchException.badInput(source + " line 1: neither a samples CSV (column value) nor a summary CSV (column mean)");
    }

    private static ReportInput requireBaseline(ReportInput in, Path file) {
        boolean present = in.observations().stream().anyMatch(o -> o.flavor().equals(in.baselineFlavor()))
                || in.summarySeries().stream().map(Series::key).anyMatch(k -> k.flavor().equals(in.baselineFlavor()));
        if (!present) {
            throw VgpubenchException.badInput(file + ": the baseline flavor '" + in.baselineFlavor() + "' has no values");
        }
        return in;
    }

    private static String name(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
