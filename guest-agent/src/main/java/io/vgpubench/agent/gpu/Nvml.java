package io.vgpubench.agent.gpu;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Live telemetry of one GPU through NVML ({@code libnvidia-ml.so.1}, installed with the driver, also in
 * a vGPU guest): clocks, temperature, the enforced power limit, and power as the card draws it at the
 * moment of the read ({@code NVML_FI_DEV_POWER_INSTANT}) where the driver offers it, else NVML's
 * one-second average. A read costs microseconds, so it can be taken inside a short repetition.
 */
final class Nvml implements Telemetry {
    static final int SUCCESS = 0;
    static final int CLOCK_SM = 1;
    static final int CLOCK_MEM = 2;
    static final int TEMPERATURE_GPU = 0;
    /** {@code NVML_FI_DEV_POWER_INSTANT} in nvml.h: power draw at this instant, in milliwatts. */
    static final int FIELD_POWER_INSTANT = 186;

    /** The part of NVML the agent uses. */
    interface Lib extends Library {
        int nvmlInit_v2();

        int nvmlDeviceGetHandleByUUID(String uuid, PointerByReference device);

        int nvmlDeviceGetName(Pointer device, byte[] name, int length);

        int nvmlSystemGetDriverVersion(byte[] version, int length);

        int nvmlDeviceGetClockInfo(Pointer device, int type, IntByReference mhz);

        int nvmlDeviceGetMaxClockInfo(Pointer device, int type, IntByReference mhz);

        int nvmlDeviceGetPowerUsage(Pointer device, IntByReference milliwatts);

        int nvmlDeviceGetEnforcedPowerLimit(Pointer device, IntByReference milliwatts);

        int nvmlDeviceGetTemperature(Pointer device, int sensor, IntByReference celsius);

        int nvmlDeviceGetVirtualizationMode(Pointer device, IntByReference mode);

        int nvmlDeviceGetFieldValues(Pointer device, int count, Pointer values);

        int nvmlDeviceGetTotalEnergyConsumption(Pointer device, com.sun.jna.ptr.LongByReference millijoules);

        int nvmlDeviceGetCurrentClocksEventReasons(Pointer device, com.sun.jna.ptr.LongByReference reasons);

        int nvmlDeviceGetCurrentClocksThrottleReasons(Pointer device, com.sun.jna.ptr.LongByReference reasons);
    }

    /** The bits of nvmlClocksEventReasons (nvml.h), by the names samples give them (as nvidia-smi -q's lines). */
    static final java.util.List<java.util.Map.Entry<Long, String>> EVENT_BITS = java.util.List.of(
            java.util.Map.entry(0x1L, "idle"), java.util.Map.entry(0x2L, "applications_clocks_setting"),
            java.util.Map.entry(0x4L, "sw_power_cap"), java.util.Map.entry(0x8L, "hw_slowdown"),
            java.util.Map.entry(0x10L, "sync_boost"), java.util.Map.entry(0x20L, "sw_thermal_slowdown"),
            java.util.Map.entry(0x40L, "hw_thermal_slowdown"), java.util.Map.entry(0x80L, "hw_power_brake_slowdown"),
            java.util.Map.entry(0x100L, "display_clock_setting"));

    /** The names of the reasons set in {@code mask}. */
    static java.util.List<String> eventReasons(long mask) {
        return EVENT_BITS.stream().filter(e -> (mask & e.getKey()) != 0).map(java.util.Map.Entry::getValue).toList();
    }

    private final Lib nvml;
    private final Pointer device;
    private final String uuid;
    private final String name;
    private final String driver;
    private final String virtualization;
    /** Which clock-events call works here: 0 the current name, 1 the pre-535 one, 2 neither. */
    private volatile int eventsCall;
    /** Cleared at the first failed energy read: the driver will not start offering it. */
    private volatile boolean energySupported = true;

    private Nvml(Lib nvml, Pointer device, String uuid) {
        this.nvml = nvml;
        this.device = device;
        this.uuid = uuid;
        byte[] text = new byte[96];
        this.name = nvml.nvmlDeviceGetName(device, text, text.length) == SUCCESS ? cString(text) : null;
        byte[] version = new byte[96];
        this.driver = nvml.nvmlSystemGetDriverVersion(version, version.length) == SUCCESS ? cString(version) : null;
        IntByReference mode = new IntByReference();
        this.virtualization = nvml.nvmlDeviceGetVirtualizationMode(device, mode) == SUCCESS ? mode(mode.getValue()) : null;
    }

    /** NVML for the GPU with this UUID, or empty where the library does not load or does not know the GPU. */
    static Optional<Nvml> find(String uuid) {
        if (uuid == null || "0".equals(System.getenv().getOrDefault("VGPU_NVML", "1"))) {
            return Optional.empty();
        }
        try {
            Lib nvml = Native.load("nvidia-ml", Lib.class);
            PointerByReference handle = new PointerByReference();
            if (nvml.nvmlInit_v2() != SUCCESS || nvml.nvmlDeviceGetHandleByUUID(uuid, handle) != SUCCESS) {
                return Optional.empty();
            }
            return Optional.of(new Nvml(nvml, handle.getValue(), uuid));
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<SmiReading> read() {
        Integer sm = query(r -> nvml.nvmlDeviceGetClockInfo(device, CLOCK_SM, r));
        Integer smMax = query(r -> nvml.nvmlDeviceGetMaxClockInfo(device, CLOCK_SM, r));
        Integer mem = query(r -> nvml.nvmlDeviceGetClockInfo(device, CLOCK_MEM, r));
        Integer memMax = query(r -> nvml.nvmlDeviceGetMaxClockInfo(device, CLOCK_MEM, r));
        Integer limit = query(r -> nvml.nvmlDeviceGetEnforcedPowerLimit(device, r));
        Integer temperature = query(r -> nvml.nvmlDeviceGetTemperature(device, TEMPERATURE_GPU, r));
        Double power = instantPowerMilliwatts().orElseGet(() -> {
            Integer average = query(r -> nvml.nvmlDeviceGetPowerUsage(device, r));
            return average == null ? null : average.doubleValue();
        });
        return Optional.of(new SmiReading(name, uuid, driver, sm, smMax, mem, memMax,
                power == null ? null : power / 1000.0, limit == null ? null : limit / 1000.0,
                temperature == null ? null : temperature.doubleValue(), clockEvents().map(Nvml::eventReasons)
                .orElse(null)));
    }

    /** The clock event reasons now (driver 535 and later), else the throttle reasons of older drivers; a microsecond. */
    private Optional<Long> clockEvents() {
        com.sun.jna.ptr.LongByReference mask = new com.sun.jna.ptr.LongByReference();
        for (int call = eventsCall; call < 2; call++) {
            try {
                int rc = call == 0 ? nvml.nvmlDeviceGetCurrentClocksEventReasons(device, mask)
                        : nvml.nvmlDeviceGetCurrentClocksThrottleReasons(device, mask);
                if (rc == SUCCESS) {
                    eventsCall = call;
                    return Optional.of(mask.getValue());
                }
            } catch (UnsatisfiedLinkError | RuntimeException e) {
                // this driver lacks the call: try the older name
            }
        }
        eventsCall = 2;
        return Optional.empty();
    }

    private Optional<Double> instantPowerMilliwatts() {
        Memory values = new Memory(FieldValue.SIZE);
        values.clear();
        values.setInt(0, FIELD_POWER_INSTANT);
        if (nvml.nvmlDeviceGetFieldValues(device, 1, values) != SUCCESS) {
            return Optional.empty();
        }
        return FieldValue.read(values);
    }

    /**
     * NVML's total energy consumption (millijoules since the driver loaded; Volta and later), in joules; empty where
     * the driver says it is not supported (a vGPU guest) or lacks the call. Costs microseconds.
     */
    @Override
    public Optional<Double> totalEnergyJoules() {
        if (!energySupported) {
            return Optional.empty();
        }
        try {
            com.sun.jna.ptr.LongByReference mj = new com.sun.jna.ptr.LongByReference();
            if (nvml.nvmlDeviceGetTotalEnergyConsumption(device, mj) == SUCCESS) {
                return Optional.of(mj.getValue() / 1000.0);
            }
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            // an older driver without the call
        }
        energySupported = false;
        return Optional.empty();
    }

    @Override
    public String virtualization() {
        return virtualization;
    }

    @Override
    public String source() {
        return "nvml";
    }

    /** What an NVML call that fills one unsigned int gave, or null when it failed. */
    private static Integer query(java.util.function.ToIntFunction<IntByReference> call) {
        IntByReference r = new IntByReference();
        return call.applyAsInt(r) == SUCCESS ? r.getValue() : null;
    }

    static String mode(int nvmlMode) {
        return switch (nvmlMode) {
            case 0, 3, 4 -> "bare"; // none; host vGPU and host vSGA: the hypervisor's own view of the card
            case 1 -> "passthrough";
            case 2 -> "vgpu";
            default -> null;
        };
    }

    private static String cString(byte[] bytes) {
        int end = 0;
        while (end < bytes.length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }

    /**
     * One {@code nvmlFieldValue_t} (nvml.h): fieldId, scopeId (4 bytes each), timestamp, latencyUsec (8 each),
     * valueType, nvmlReturn (4 each), then an 8-byte union value: 40 bytes.
     */
    static final class FieldValue {
        static final int SIZE = 40;

        private FieldValue() {}

        /** The value as a number, or empty when NVML returned an error for the field. */
        static Optional<Double> read(Pointer p) {
            if (p.getInt(28) != SUCCESS) {
                return Optional.empty();
            }
            return switch (p.getInt(24)) {
                case 0 -> Optional.of(p.getDouble(32));
                case 1 -> Optional.of((double) Integer.toUnsignedLong(p.getInt(32)));
                case 2, 3, 4 -> Optional.of((double) p.getLong(32));
                case 5 -> Optional.of((double) p.getInt(32));
                case 6 -> Optional.of((double) Short.toUnsignedInt(p.getShort(32)));
                default -> Optional.empty();
            };
        }
    }
}
