package io.vgpubench.agent;

/** Entry point of the guest agent. */
public final class AgentMain {
    private AgentMain() {}

    public static void main(String[] args) {
        System.out.println("vgpubench-agent");
    }
}
