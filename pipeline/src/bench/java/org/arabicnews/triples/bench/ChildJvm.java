package org.arabicnews.triples.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmarks that run each configuration in its own JVM, so that its peak RSS is its own: the parent starts a
 * child on this classpath and reads back the one {@value #RESULT} line the child prints, as name=value pairs.
 */
final class ChildJvm {
  static final String RESULT = "RESULT";

  private ChildJvm() {}

  /**
   * Runs {@code main} with {@code args} in a new JVM with {@code jvmOptions}; its standard error goes to
   * {@code log}, or is discarded when that is null.
   *
   * @return the pairs of the child's RESULT line
   * @throws IllegalStateException if the child fails or prints no RESULT line
   */
  static Map<String, String> run(Class<?> main, List<String> jvmOptions, List<String> args, Path log)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.redirectError(log == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(log.toFile()));
    Process process = builder.start();
    Map<String, String> result = null;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith(RESULT + " ")) {
          result = new LinkedHashMap<>();
          for (String pair : line.substring(RESULT.length() + 1).split(" ")) {
            String[] kv = pair.split("=", 2);
            result.put(kv[0], kv[1]);
          }
        }
      }
    }
    if (process.waitFor() != 0 || result == null) {
      throw new IllegalStateException(String.join(" ", args) + " failed (exit " + process.exitValue() + ")"
          + (log == null ? "" : "; its log is " + log));
    }
    return result;
  }

  /** VmHWM from /proc/self/status: the most resident memory this process has held. */
  static long peakRssKb() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }

  /** {@code --name=value} arguments by name. */
  static Map<String, String> flags(String[] args) {
    Map<String, String> flags = new LinkedHashMap<>();
    for (String arg : args) {
      if (!arg.startsWith("--") || !arg.contains("=")) {
        throw new IllegalArgumentException("Expected --name=value, got " + arg);
      }
      flags.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
    }
    return flags;
  }
}
