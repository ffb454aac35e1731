package com.yotosmartstream.app.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Where a library command writes: its answer (a list, a link, JSON) to standard output for the
 * script that asked, and progress and problems to standard error. Logs stay on standard error too.
 */
public interface CliOutput {

    void out(String line);

    void err(String line);

    /** The process's own standard streams (opened from their descriptors: main code logs through SLF4J otherwise). */
    static CliOutput standard() {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        return new CliOutput() {
            @Override
            public void out(String line) {
                out.println(line);
            }

            @Override
            public void err(String line) {
                err.println(line);
            }
        };
    }
}
