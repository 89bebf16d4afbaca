package org.arabicnews.triples.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores a run's triples against a gold file and prints P/R/F1 per relation, attribute agreement, a
 * reliability table and the CAMEO comparison (docs/relations.md, "Evaluating").
 *
 * <pre>
 * java -cp pipeline/target/arabic-news-triples.jar org.arabicnews.triples.eval.EvaluateTriples \
 *   --output=out --gold=testdata/gold/dev.jsonl[,more.jsonl]
 *   [--petrarch=../shared/lexicons/reference/UniversalPetrarch-arabic] [--errors=errors.txt] [--report=report.md]
 * </pre>
 */
public final class EvaluateTriples {
  private EvaluateTriples() {}

  public static void main(String[] args) {
    try {
      System.out.print(run(args));
    } catch (IllegalArgumentException e) {
      System.err.println("evaluate: " + e.getMessage());
      System.exit(2);
    } catch (IOException e) {
      System.err.println("evaluate: " + e);
      System.exit(1);
    }
  }

  /** Runs the evaluation and returns the report; also writes it to --report when given. */
  public static String run(String[] args) throws IOException {
    Path output = null;
    List<Path> gold = new ArrayList<>();
    Path petrarch = null;
    Path reportFile = null;
    Path errorsFile = null;
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (!arg.startsWith("--") || eq < 0) {
        throw new IllegalArgumentException("expected --name=value, got " + arg + "\n" + usage());
      }
      Path value = Path.of(arg.substring(eq + 1));
      switch (arg.substring(2, eq)) {
        case "output":
          output = value;
          break;
        case "gold":
          for (String file : arg.substring(eq + 1).split(",")) {
            gold.add(Path.of(file.strip()));
          }
          break;
        case "petrarch":
          petrarch = value;
          break;
        case "report":
          reportFile = value;
          break;
        case "errors":
          errorsFile = value;
          break;
        default:
          throw new IllegalArgumentException("unknown option " + arg.substring(0, eq) + "\n" + usage());
      }
    }
    if (output == null || gold.isEmpty()) {
      throw new IllegalArgumentException("--output and --gold are required\n" + usage());
    }
    List<TripleGold.Article> articles = new ArrayList<>();
    for (Path file : gold) {
      if (!Files.exists(file)) {
        throw new IllegalArgumentException("no gold file " + file);
      }
      articles.addAll(TripleGold.read(file));
    }
    TriplesTable table = TriplesTable.read(output);
    PetrarchBaseline baseline = petrarch == null ? null : PetrarchBaseline.load(petrarch);
    TripleReport scored = TripleScorer.score(articles, table.triples(), table.articles(), baseline,
        TriplesTable.mentions(output));
    String report = scored.toMarkdown();
    if (errorsFile != null) {
      Files.writeString(errorsFile, scored.errors(), StandardCharsets.UTF_8);
    }
    if (reportFile != null) {
      Files.writeString(reportFile, report, StandardCharsets.UTF_8);
    }
    return report;
  }

  private static String usage() {
    return "usage: EvaluateTriples --output=<job output folder> --gold=<gold .jsonl>[,<gold .jsonl>...] "
        + "[--petrarch=<UniversalPetrarch-arabic folder>] [--errors=<file>] [--report=<file>]";
  }
}
