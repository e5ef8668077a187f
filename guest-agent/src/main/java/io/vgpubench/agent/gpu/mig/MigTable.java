package io.vgpubench.agent.gpu.mig;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "MIG devices" table of plain {@code nvidia-smi}: per MIG device a row whose first cell holds the card's index,
 * the GPU instance id, the compute instance id and the device's index under the card ({@code |  0    2   0   0  |}),
 * and whose second cell its frame buffer used and total ({@code 13MiB / 71424MiB}). The width of the cells differs
 * between drivers; rows of another shape (the heading, the BAR1 line, the GPU table above) are skipped.
 */
public final class MigTable {
    private static final Pattern ROW = Pattern.compile(
            "^\\|\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*\\|\\s*\\d+MiB\\s*/\\s*(\\d+)MiB\\s*\\|");

    private MigTable() {}

    /** One row: card index, GPU instance id, compute instance id, device index, total frame buffer in bytes. */
    public record Row(int gpuIndex, int gpuInstanceId, int computeInstanceId, int device, long memoryBytes) {}

    public static List<Row> parse(String smi) {
        List<Row> out = new ArrayList<>();
        boolean inMig = false;
        for (String line : smi.split("\\R")) {
            if (line.contains("MIG devices:")) {
                inMig = true;
                continue;
            }
            if (line.contains("Processes:")) {
                inMig = false;
            }
            Matcher m = ROW.matcher(line);
            if (inMig && m.find()) {
                out.add(new Row(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
                        Long.parseLong(m.group(5)) * 1024 * 1024));
            }
        }
        return List.copyOf(out);
    }
}
