package org.arabicnews.triples.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.arabicnews.triples.text.ArabicNormalizer;

/**
 * The baseline our CAMEO codes are compared with: a naive lookup in UniversalPetrarch's Arabic verb dictionaries
 * (read at run time from their folder; they are MIT-licensed but noisy, so the project does not ship them).
 *
 * <p>A sentence gets the code of its first word, in text order, that the dictionaries list as a verb, written as
 * is or without a leading و or ف: first CAMEO.ar.0.5.txt (a word's own code, else its block's), then the
 * conjugation lists of VERBS.DICT.AR.LEMMA.V3.txt (the block's code). Pattern lines are not used: this is what a
 * verb lookup alone assigns, the anchor the relation extractor has to beat.
 */
public final class PetrarchBaseline {
  private static final Pattern BLOCK = Pattern.compile("^---\\s+(\\S+)\\s+\\[([^\\]]*)\\]\\s+---");
  private static final Pattern CODE = Pattern.compile("\\[(\\d{2,4})\\]");
  private static final ArabicNormalizer MATCH = ArabicNormalizer.match();

  private final Map<String, String> codes = new HashMap<>();

  private PetrarchBaseline() {}

  /** Loads the dictionaries from UniversalPetrarch's Arabic folder. */
  public static PetrarchBaseline load(Path folder) throws IOException {
    PetrarchBaseline baseline = new PetrarchBaseline();
    baseline.readCameo(Files.readAllLines(folder.resolve("CAMEO.ar.0.5.txt"), StandardCharsets.UTF_8));
    Path verbs = folder.resolve("VERBS.DICT.AR.LEMMA.V3.txt");
    if (Files.exists(verbs)) {
      baseline.readConjugations(Files.readAllLines(verbs, StandardCharsets.UTF_8));
    }
    return baseline;
  }

  private void readCameo(List<String> lines) {
    forEachEntry(lines, (trimmed, blockCode) -> {
      if (trimmed.isEmpty() || "-#&+~".indexOf(trimmed.charAt(0)) >= 0) {
        return;
      }
      String head = trimmed.split("#", 2)[0];
      String word = head.split("\\s+")[0].split("\\+")[0];
      Matcher own = CODE.matcher(head);
      String code = own.find() ? own.group(1) : blockCode;
      if (code != null && !word.isEmpty()) {
        codes.putIfAbsent(MATCH.normalizeToString(word), code);
      }
    });
  }

  private void readConjugations(List<String> lines) {
    forEachEntry(lines, (trimmed, blockCode) -> {
      if (blockCode != null && trimmed.startsWith("{")) {
        for (String form : trimmed.replace("{", " ").replace("}", " ").trim().split("\\s+")) {
          codes.putIfAbsent(MATCH.normalizeToString(form), blockCode);
        }
      }
    });
  }

  /** Each stripped line that is not a block header, with the code of the block it stands in (or null). */
  private static void forEachEntry(List<String> lines, BiConsumer<String, String> entry) {
    String blockCode = null;
    for (String line : lines) {
      String trimmed = line.strip();
      Matcher block = BLOCK.matcher(trimmed);
      if (block.find()) {
        blockCode = bracketCode(block.group(2));
      } else {
        entry.accept(trimmed, blockCode);
      }
    }
  }

  private static String bracketCode(String bracket) {
    String c = bracket.trim();
    return c.matches("\\d{2,4}") ? c : null;
  }

  /** The code of the sentence's first dictionary verb, or null when it has none. */
  public String code(String sentence) {
    if (sentence == null) {
      return null;
    }
    for (String word : MATCH.normalizeToString(sentence).split("[^\\p{IsArabic}]+")) {
      if (word.isEmpty()) {
        continue;
      }
      String code = codes.get(word);
      if (code == null && word.length() > 3 && (word.startsWith("و") || word.startsWith("ف"))) {
        code = codes.get(word.substring(1));
      }
      if (code != null) {
        return code;
      }
    }
    return null;
  }
}
