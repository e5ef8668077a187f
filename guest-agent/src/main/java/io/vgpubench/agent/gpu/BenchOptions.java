package io.vgpubench.agent.gpu;

import java.util.ArrayList;
import java.util.List;

/** GpuBench's command line: repetitions, warm-ups, memory cap, device, and the workloads in order. */
record BenchOptions(int repetitions, int warmup, double memoryFraction, int device, List<BenchItem> items) {
    static final String USAGE = "usage: GpuBench [--reps N] [--warmup N] [--memory-fraction F] [--device I]"
            + " (--self-test | WORKLOAD[:KEY=VALUE,...]...)";

    static BenchOptions parse(String... args) {
        int reps = 5;
        int warmup = 1;
        double fraction = 1.0;
        int device = 0;
        List<BenchItem> items = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--reps" -> reps = Integer.parseInt(value(args, ++i));
                case "--warmup" -> warmup = Integer.parseInt(value(args, ++i));
                case "--memory-fraction" -> fraction = Double.parseDouble(value(args, ++i));
                case "--device" -> device = Integer.parseInt(value(args, ++i));
                case "--self-test" -> GpuSelfTest.ITEMS.forEach(s -> items.add(BenchItem.parse(s)));
                default -> {
                    if (args[i].startsWith("-")) {
                        throw new IllegalArgumentException("unknown option " + args[i]);
                    }
                    items.add(BenchItem.parse(args[i]));
                }
            }
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException("no workload given");
        }
        if (reps < 1 || warmup < 0) {
            throw new IllegalArgumentException("--reps must be at least 1 and --warmup at least 0");
        }
        return new BenchOptions(reps, warmup, fraction, device, List.copyOf(items));
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
