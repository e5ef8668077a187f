"""The window the vgpubench agent hands a command (issue 15), for scripts that time themselves.

With a `startup` time in the playbook, the agent starts each timed execution at its slot's start and hands it, in epoch
seconds on the wall clock every co-runner shares (time.time()):
  VGPUBENCH_LOAD_FROM       start-up is over for every co-runner: load the card from here (untimed)
  VGPUBENCH_MEASURE_AT      time the work from here ...
  VGPUBENCH_MEASURE_SECONDS ... for this long
  VGPUBENCH_LOAD_UNTIL      keep loading the card (untimed) until here, the slot's end, so no co-runner's window runs
                            without this one's load
The metric line then carries the window ("started", "ended") and the load around it ("load_started", "load_ended"):
the agent makes them the sample's timed interval and this process's load, which the controller checks against the
co-runners'. Run by hand (no VGPUBENCH_MEASURE_AT), it measures at once for the fallback length and loads no longer.
"""
import os
import time


def sleep_until(t):
    while True:
        d = t - time.time()
        if d <= 0:
            return
        time.sleep(min(d, 0.5))


class Window:
    def __init__(self, fallback_seconds):
        env = os.environ
        at = env.get("VGPUBENCH_MEASURE_AT")
        self.handed = at is not None
        if self.handed:
            self.measure_at = float(at)
            self.seconds = float(env.get("VGPUBENCH_MEASURE_SECONDS", fallback_seconds))
            self.load_from = float(env.get("VGPUBENCH_LOAD_FROM", at))
            self.load_until = float(env.get("VGPUBENCH_LOAD_UNTIL", self.measure_at + self.seconds))
        else:
            self.measure_at = self.load_from = self.load_until = None
            self.seconds = float(fallback_seconds)

    def run(self, step, sync=lambda: None, on_start=lambda: None, on_end=lambda: None):
        """Runs step() (one unit of work; sync() waits for it) untimed from LOAD_FROM until MEASURE_AT, timed for
        MEASURE_SECONDS, untimed until LOAD_UNTIL. A step is started only where it ends in time (at the pace of the
        last one; the timed part has at least one), then it waits for the instant. on_start/on_end are called right at the timed part's ends (to
        record CUDA events there). Returns (units timed, their elapsed wall seconds, the fields of the window)."""
        if self.handed:
            sleep_until(self.load_from)
        sync()
        load_started = time.time()
        last = 0.0
        measure_at = self.measure_at if self.handed else load_started
        while time.time() + last < measure_at:                 # the settle: loading, untimed
            t = time.time()
            step()
            sync()
            last = time.time() - t
        sleep_until(measure_at)
        on_start()
        started = time.time()
        units = 0
        while True:
            t = time.time()
            if units > 0 and t + last > started + self.seconds:   # the next step would end past the window
                break
            step()
            sync()
            units += 1
            last = time.time() - t
        on_end()
        ended = time.time()
        if self.handed:
            while time.time() + last < self.load_until:       # the fill: loading, untimed, until the slot ends
                t = time.time()
                step()
                sync()
                last = time.time() - t
        load_ended = time.time()
        window = {"started": started, "ended": ended, "load_started": load_started, "load_ended": load_ended}
        return units, ended - started, window

    def describe(self):
        if not self.handed:
            return "no window handed (run by hand): measured at once for %.1f s" % self.seconds
        now = time.time()
        return "window handed: measure %.1f s from %+.3f s, load from %+.3f s until %+.3f s (from now)" % (
            self.seconds, self.measure_at - now, self.load_from - now, self.load_until - now)
