package org.arabicnews.triples.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Scores a run's triples against a gold file and prints P/R/F1 per relation, attribute agreement, a
 * reliability table and the CAMEO comparison (docs/relations.md, "Evaluating").
 *
 * <pre>
 * java -cp pipeline/target/arabic-news-triples.jar org.arabicnews.triples.eval.EvaluateTriples \
 *   --output=out --gold=testdata/gold/dev.jsonl [--petrarch=../shared/lexicons/reference/UniversalPetrarch-arabic]
 *   [--report=report.md]
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
    Path gold = null;
    Path petrarch = null;
    Path reportFile = null;
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
          gold = value;
          break;
        case "petrarch":
          petrarch = value;
          break;
        case "report":
          reportFile = value;
          break;
        default:
          throw new IllegalArgumentException("unknown option " + arg.substring(0, eq) + "\n" + usage());
      }
    }
    if (output == null || gold == null) {
      throw new IllegalArgumentException("--output and --gold are required\n" + usage());
    }
    if (!Files.exists(gold)) {
      throw new IllegalArgumentException("no gold file " + gold);
    }
    List<TripleGold.Article> articles = TripleGold.read(gold);
    TriplesTable table = TriplesTable.read(output);
    PetrarchBaseline baseline = petrarch == null ? null : PetrarchBaseline.load(petrarch);
    String report = TripleScorer.score(articles, table.triples(), table.articles(), baseline).toMarkdown();
    if (reportFile != null) {
      Files.writeString(reportFile, report, StandardCharsets.UTF_8);
    }
    return report;
  }

  private static String usage() {
    return "usage: EvaluateTriples --output=<job output folder> --gold=<gold .jsonl> [--petrarch=<UniversalPetrarch-arabic "
        + "folder>] [--report=<file>]";
  }
}
