package io.vgpubench.cli;

/** Entry point of the controller. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.out.println("vgpubench");
    }
}
