package org.arabicnews.triples.entities.ner;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} arguments of the training and evaluation commands. */
final class Cli {
  private Cli() {}

  /** The options given, on top of the defaults; an unknown option or a missing value stops the command. */
  static Map<String, String> parse(String[] args, Map<String, String> defaults) {
    Map<String, String> options = new HashMap<>(defaults);
    for (int i = 0; i < args.length; i += 2) {
      String name = args[i].startsWith("--") ? args[i].substring(2) : null;
      if (name == null || !defaults.containsKey(name) || i + 1 >= args.length) {
        throw new IllegalArgumentException("usage: " + defaults.keySet().stream().sorted()
            .map(k -> "[--" + k + " " + defaults.get(k) + "]").reduce((a, b) -> a + " " + b).orElse("")
            + "; bad argument: " + args[i]);
      }
      options.put(name, args[i + 1]);
    }
    return options;
  }
}
