package com.yotosmartstream.story.voice;

import com.yotosmartstream.core.task.TaskCancelledException;
import com.yotosmartstream.core.task.TaskContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a voice engine's program: its output read in full, a time limit, and the task's cancel honoured. */
final class Commands {

    private static final int MAX_OUTPUT = 1 << 20;

    private Commands() {
    }

    /** What the program printed (output and errors together); IOException when it fails or exits non-zero. */
    static String run(List<String> command, Duration limit, TaskContext context)
            throws IOException, InterruptedException, TaskCancelledException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        StringBuilder output = new StringBuilder();
        try (InputStream in = process.getInputStream()) {
            long deadline = System.nanoTime() + limit.toNanos();
            byte[] buffer = new byte[8192];
            while (true) {
                if (context.isCancelled()) {
                    process.destroyForcibly();
                    throw new TaskCancelledException();
                }
                if (in.available() > 0) {
                    int read = in.read(buffer);
                    if (read > 0 && output.length() < MAX_OUTPUT) {
                        output.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
                    }
                    continue;
                }
                if (process.waitFor(20, TimeUnit.MILLISECONDS)) {
                    output.append(new String(in.readNBytes(MAX_OUTPUT), StandardCharsets.UTF_8));
                    break;
                }
                if (System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new IOException(program(command) + " did not finish within " + limit.toMinutes() + " minutes");
                }
            }
        }
        if (process.exitValue() != 0) {
            String said = output.toString().strip();
            throw new IOException(program(command) + " failed (exit " + process.exitValue() + ")"
                    + (said.isEmpty() ? "" : ": " + said.lines().findFirst().orElse("")));
        }
        return output.toString();
    }

    /** Runs a quick query (a version, the voices) that cannot be cancelled. */
    static String query(List<String> command) throws IOException, InterruptedException {
        try {
            return run(command, Duration.ofSeconds(20), TaskContext.QUIET);
        } catch (TaskCancelledException e) {
            throw new IllegalStateException(e); // TaskContext.QUIET is never cancelled
        }
    }

    private static String program(List<String> command) {
        String first = command.get(0);
        return first.substring(Math.max(first.lastIndexOf('/'), first.lastIndexOf('\\')) + 1);
    }
}
