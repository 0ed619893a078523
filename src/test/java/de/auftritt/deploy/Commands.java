package de.auftritt.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command line (docker, curl) with a time limit and returns what it printed. */
final class Commands {

    record Result(int exitCode, String output) {

        boolean ok() {
            return exitCode == 0;
        }
    }

    private Commands() {
    }

    /** Runs {@code command} in {@code directory}; stdout and stderr together; -1 when the time ran out. */
    static Result run(Path directory, Map<String, String> environment, Duration timeout, List<String> command) {
        Path output = null;
        try {
            output = Files.createTempFile("command", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().putAll(environment);
            Process process = builder.start();
            boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            return new Result(finished ? process.exitValue() : -1, text);
        }
        catch (IOException ex) {
            return new Result(-2, String.valueOf(ex));
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + command, ex);
        }
        finally {
            if (output != null) {
                output.toFile().delete();
            }
        }
    }
}
