package io.vgpubench.agenthost;

/** Builds POSIX shell command lines: quoting, and running a script under /bin/sh whatever the login shell is. */
public final class Shell {
    private Shell() {}

    /** {@code word} as one single-quoted shell word. */
    public static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** A command line that runs {@code script} with /bin/sh (the user's login shell may be anything). */
    public static String sh(String script) {
        return "/bin/sh -c " + quote(script);
    }
}
