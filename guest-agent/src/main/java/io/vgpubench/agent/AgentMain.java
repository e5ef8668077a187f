package io.vgpubench.agent;

import io.vgpubench.agent.cli.AgentExit;
import io.vgpubench.agent.cli.FactsCommand;
import io.vgpubench.agent.cli.RunCommand;
import io.vgpubench.agent.cli.VersionProvider;
import io.vgpubench.agent.cli.WorkloadsCommand;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the guest agent: {@code vgpu-agent run | facts | workloads | --version}. */
@Command(name = "vgpu-agent", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "vgpubench guest agent: runs workloads on this machine's GPU (or CPU) and writes samples as JSON lines.",
        subcommands = {RunCommand.class, FactsCommand.class, WorkloadsCommand.class})
public final class AgentMain implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec command;

    public static void main(String[] args) {
        System.exit(commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args));
    }

    /** The command line writing to the given streams, so tests see what a user sees. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return new CommandLine(new AgentMain())
                .setOut(out)
                .setErr(err) // invalid options exit 2 (picocli's usage code), like a bad spec
                .setExecutionExceptionHandler((e, cl, parsed) -> {
                    cl.getErr().println("vgpu-agent: " + e);
                    return AgentExit.NO_BACKEND;
                });
    }

    @Override
    public void run() {
        command.commandLine().usage(command.commandLine().getErr());
        throw new CommandLine.ParameterException(command.commandLine(), "name a subcommand: run, facts or workloads");
    }
}
