package io.vgpubench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The command line sits on top: it maps failure kinds to exit codes and owns signals, the terminal and
 * standard input, and no package below it refers to it. Checked in the sources (javac inlines constants such
 * as exit codes, which leaves no trace in a class file) and in the compiled classes (what the JVM links).
 */
class CommandLineOnTopTest {
    private static final String CLI = "io.vgpubench.cli";
    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void noSourceFileOutsideTheCommandLineNamesItsPackage() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES.resolve("io/vgpubench"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (!inCli(SOURCES.relativize(f).toString().replace('/', '.')) && Files.readString(f).contains(CLI)) {
                    offenders.add(SOURCES.relativize(f).toString());
                }
            }
        }
        assertThat(offenders).as("sources below the command line that name " + CLI).isEmpty();
    }

    @Test
    void noCompiledClassOutsideTheCommandLineRefersToIt() throws Exception {
        Path classes = Path.of(VgpubenchException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> offenders = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(classes.resolve("io/vgpubench"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(f).toString().replace('/', '.');
                if (inCli(name)) {
                    continue;
                }
                checked++;
                if (constantPoolStrings(f).stream().anyMatch(s -> s.contains(CLI.replace('.', '/')))) {
                    offenders.add(name);
                }
            }
        }
        assertThat(checked).as("classes checked").isGreaterThan(100);
        assertThat(offenders).as("classes below the command line that refer to " + CLI).isEmpty();
    }

    @Test
    void theCheckOfCompiledClassesSeesAReferenceToTheCommandLine() throws Exception {
        Path main = Path.of(VgpubenchException.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("io/vgpubench/cli/Main.class");
        assertThat(constantPoolStrings(main)).anyMatch(s -> s.contains("io/vgpubench/cli/ExitCode"));
    }

    private static boolean inCli(String dottedPath) {
        return dottedPath.startsWith(CLI + ".");
    }

    /** The UTF-8 entries of a class file's constant pool: every class, member and descriptor it links to. */
    private static List<String> constantPoolStrings(Path classFile) throws IOException {
        List<String> strings = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(classFile); DataInputStream in = new DataInputStream(raw)) {
            assertThat(in.readInt()).as(classFile + " magic").isEqualTo(0xCAFEBABE);
            in.readUnsignedShort(); // minor
            in.readUnsignedShort(); // major
            int count = in.readUnsignedShort();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> strings.add(in.readUTF());
                    case 7, 8, 16, 19, 20 -> in.skipBytes(2); // class, string, method type, module, package
                    case 15 -> in.skipBytes(3); // method handle
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                    case 5, 6 -> { // long, double: two slots
                        in.skipBytes(8);
                        i++;
                    }
                    default -> throw new IOException(classFile + ": unknown constant pool tag " + tag);
                }
            }
        }
        return strings;
    }
}
