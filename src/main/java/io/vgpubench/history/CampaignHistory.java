package io.vgpubench.history;

import io.vgpubench.VgpubenchException;
import io.vgpubench.cloud.CampaignId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every campaign under a results folder, read from its summary.json (what `report` wrote; campaigns without
 * one are listed as skipped), as points per series ordered by when each campaign started (the id's stamp,
 * else summary.json's modification time).
 */
public final class CampaignHistory {
    private CampaignHistory() {}

    public static History read(Path results) {
        if (!Files.isDirectory(results)) {
            throw VgpubenchException.badInput(results + ": not a results folder");
        }
        List<Path> folders;
        try (Stream<Path> list = Files.list(results)) {
            folders = list.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw VgpubenchException.infrastructure("cannot list " + results + ": " + e.getMessage(), e);
        }
        List<List<HistoryPoint>> perCampaign = folders.parallelStream().map(CampaignHistory::points).toList();
        List<HistoryPoint> points = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < folders.size(); i++) {
            if (perCampaign.get(i) == null) {
                if (Files.isRegularFile(folders.get(i).resolve("samples.jsonl"))) {
                    skipped.add(folders.get(i).getFileName() + ": no summary.json (run `vgpubench report` on it)");
                }
            } else {
                points.addAll(perCampaign.get(i));
            }
        }
        points.sort(Comparator.comparing(HistoryPoint::started).thenComparing(HistoryPoint::campaign));
        return new History(List.copyOf(points), List.copyOf(skipped));
    }

    /** The campaign's points, or null where it has no readable summary.json. */
    private static List<HistoryPoint> points(Path folder) {
        Path file = folder.resolve("summary.json");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            SummaryFile s = SummaryFile.read(file);
            String id = s.campaign() != null ? s.campaign() : folder.getFileName().toString();
            Instant started = CampaignId.started(folder.getFileName().toString())
                    .orElse(Files.getLastModifiedTime(file).toInstant());
            return s.rows().stream().filter(r -> r.mean() != null && r.workload() != null && r.flavor() != null)
                    .map(r -> new HistoryPoint(id, started, r.workload(), r.metric(), r.unit(), r.higherIsBetter(), r.flavor(),
                            r.tasks(), r.n(), r.mean(), r.sd(), r.ci95Low(), r.ci95High())).toList();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
