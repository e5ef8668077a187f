package io.vgpubench.cli;

import io.vgpubench.Redact;
import io.vgpubench.VgpubenchException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: lists the subcommands; each subcommand parses, delegates and picks an exit code. */
@Command(name = "vgpubench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Measures what virtual GPUs cost: provisions vGPU instances, runs the guest agent, "
                + "and reports per-flavor overhead against a bare-metal baseline.",
        subcommands = {RunCommand.class, PlanCommand.class, ResumeCommand.class, StatusCommand.class,
                TeardownCommand.class, ReportCommand.class, CompareCommand.class, HistoryCommand.class, FlavorsCommand.class,
                GcCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:ok",
            "1:the campaign ran, but runs or thresholds failed",
            "2:bad input (playbook, catalog, samples file, arguments); nothing provisioned",
            "3:cloud or infrastructure failure",
            "130:stopped by Ctrl-C (143: by SIGTERM); a second Ctrl-C aborts the teardown"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = {"-v", "--verbose"}, description = "Also print the log of the controller's parts"
            + " (SSH retries, API retries, reconnects), at debug level, on standard error. Put it before the command.")
    boolean verbose;

    public static void main(String[] args) {
        if (verboseAsked(args)) {
            // before any logger exists: slf4j-simple reads its level once
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
        }
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** The command line with its output streams, so tests read what a user sees. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(Main::exitCodeOf);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("vgpubench: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
            return ExitCode.BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            c.getErr().println("vgpubench: " + Redact.secrets(String.valueOf(ex.getMessage())));
            return exitCodeOf(ex);
        });
        return cl;
    }

    /** True where -v or --verbose comes before the command's name (the root command's option). */
    static boolean verboseAsked(String[] args) {
        for (String a : args) {
            if (a.equals("-v") || a.equals("--verbose")) {
                return true;
            }
            if (!a.startsWith("-")) {
                return false;
            }
        }
        return false;
    }

    static int exitCodeOf(Throwable t) {
        return t instanceof VgpubenchException v ? ExitCode.of(v.kind()) : ExitCode.INFRASTRUCTURE;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
