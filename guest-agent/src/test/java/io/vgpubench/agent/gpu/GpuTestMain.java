package io.vgpubench.agent.gpu;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.PackageNameFilter;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs this package's tests tagged "gpu" (which surefire leaves out), or those of the classes named as
 * arguments, without Maven, on the machine with the GPU (bench/gpu-tests.sh). One line a test, then the
 * summary; exit 0 only if some ran and none failed.
 */
public final class GpuTestMain {
    private GpuTestMain() {}

    /** The folder itself, not a link to it, which the class path scanner would not enter. */
    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) {
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        TestExecutionListener lines = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (test.isTest()) {
                    System.out.println(result.getStatus() + " " + test.getUniqueId().replaceAll(".*class:([^/]*)\\].*method:([^(]*).*", "$1.$2")
                            + result.getThrowable().map(t -> ": " + t).orElse(""));
                }
            }
        };
        // the folders on the class path only: scanning the agent jar needs jdk.zipfs, which the bundle's runtime leaves out
        List<DiscoverySelector> selectors = args.length == 0
                ? new ArrayList<>(selectClasspathRoots(new LinkedHashSet<>(Arrays.stream(System.getProperty("java.class.path")
                        .split(File.pathSeparator)).map(Path::of).filter(Files::isDirectory).map(GpuTestMain::real).toList())))
                : Arrays.stream(args).map(c -> (DiscoverySelector) selectClass(c)).toList();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectors)
                .filters(TagFilter.includeTags("gpu"), PackageNameFilter.includePackageNames(GpuTestMain.class.getPackageName()))
                .build(), summary, lines);
        TestExecutionSummary s = summary.getSummary();
        PrintWriter out = new PrintWriter(System.out, true);
        s.printTo(out);
        s.printFailuresTo(out, 30);
        System.exit(s.getTestsFoundCount() > 0 && s.getTotalFailureCount() == 0 ? 0 : 1);
    }
}
