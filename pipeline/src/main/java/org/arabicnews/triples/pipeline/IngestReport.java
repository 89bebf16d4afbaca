package org.arabicnews.triples.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.arabicnews.triples.Reason;
import org.arabicnews.triples.ingest.ArticleDraft;
import org.arabicnews.triples.ingest.InputRecord;
import org.arabicnews.triples.ingest.Segment;

/**
 * What reading and segmentation make of a dump, as a Markdown report on standard output: records, articles
 * and segments, how often each articles column is filled, flags, dead letters by stage and reason, and the
 * same per input file and per source. Runs {@link IngestLoop}, the same code as the job's ReadDumps and
 * SplitPages, and takes the job's options:
 *
 * <pre>
 * java -cp pipeline/target/arabic-news-triples.jar org.arabicnews.triples.pipeline.IngestReport \
 *   --input=../shared/corpora/saudinewsnet
 * </pre>
 */
public final class IngestReport implements IngestLoop.Visitor {
  private static final List<String> FIELDS = List.of("title", "source_name", "url", "published", "dateline", "agency",
      "keywords", "related_headlines", "flags");
  private static final int TOP = 12;

  private long files;
  private long records;
  private final Map<String, Long> kinds = new TreeMap<>();
  private final Map<String, long[]> fillMain = new TreeMap<>();
  private final Map<String, long[]> fillAll = new TreeMap<>();
  private final Map<String, Long> flags = new TreeMap<>();
  private final Map<String, Long> deadLetters = new TreeMap<>();
  private final Map<String, Long> agencies = new TreeMap<>();
  private final Map<String, long[]> perFile = new TreeMap<>();
  private final Map<String, long[]> perSource = new TreeMap<>();
  private final List<Integer> mainLengths = new ArrayList<>();
  private long recordsWithArticles;
  private String lastRecordWithArticles;

  public static void main(String[] args) throws IOException {
    ArabicNewsTriplesOptions options = ArabicNewsTriples.options(args);
    IngestReport report = new IngestReport();
    long started = System.nanoTime();
    IngestLoop.run(options, report);
    System.out.print(report.markdown(options.getInput(), (System.nanoTime() - started) / 1e9));
  }

  @Override
  public void file(String uri, long sizeBytes) {
    files++;
    perFile.put(uri, new long[3]);
  }

  @Override
  public void record(InputRecord record) {
    records++;
    perFile.get(record.inputUri())[0]++;
  }

  @Override
  public void article(ArticleDraft a) {
    String recordKey = a.inputUri() + "\u001f" + a.locator();
    if (!recordKey.equals(lastRecordWithArticles)) {
      recordsWithArticles++;
      lastRecordWithArticles = recordKey;
    }
    perFile.get(a.inputUri())[1]++;
    kinds.merge(a.segmentKind(), 1L, Long::sum);
    boolean main = a.segmentKind().equals(Segment.MAIN);
    for (String field : FIELDS) {
      boolean filled = filled(a, field);
      count(fillAll, field, filled);
      if (main) {
        count(fillMain, field, filled);
      }
    }
    for (String flag : a.flags()) {
      flags.merge(flag, 1L, Long::sum);
    }
    if (main) {
      mainLengths.add(a.text().length());
      if (a.agency() != null) {
        agencies.merge(a.agency(), 1L, Long::sum);
      }
      long[] source = perSource.computeIfAbsent(String.valueOf(a.sourceName()), k -> new long[4]);
      source[0]++;
      source[1] += a.title() != null ? 1 : 0;
      source[2] += a.dateline() != null ? 1 : 0;
      source[3] += a.agency() != null ? 1 : 0;
    }
  }

  @Override
  public void deadLetter(String stage, String inputUri, String locator, Reason reason, String message) {
    deadLetters.merge(stage + " | `" + reason.code() + "`", 1L, Long::sum);
    long[] file = perFile.get(inputUri);
    if (file != null) {
      file[2]++;
    }
  }

  private static boolean filled(ArticleDraft a, String field) {
    return switch (field) {
      case "title" -> a.title() != null;
      case "source_name" -> a.sourceName() != null;
      case "url" -> a.url() != null;
      case "published" -> a.published() != null;
      case "dateline" -> a.dateline() != null;
      case "agency" -> a.agency() != null;
      case "keywords" -> !a.keywords().isEmpty();
      case "related_headlines" -> !a.relatedHeadlines().isEmpty();
      case "flags" -> !a.flags().isEmpty();
      default -> throw new IllegalArgumentException(field);
    };
  }

  private static void count(Map<String, long[]> fill, String field, boolean filled) {
    long[] c = fill.computeIfAbsent(field, k -> new long[2]);
    c[0] += filled ? 1 : 0;
    c[1]++;
  }

  String markdown(String input, double seconds) {
    StringBuilder md = new StringBuilder();
    long rejectedOnRead = deadLetters.entrySet().stream().filter(e -> e.getKey().startsWith(ReadDumps.STAGE)
        && !e.getKey().contains(Reason.NO_MATCH.code())).mapToLong(Map.Entry::getValue).sum();
    long articles = kinds.values().stream().mapToLong(Long::longValue).sum();
    md.append("## Ingest report: `").append(input).append("`\n\n");
    md.append(String.format(Locale.ROOT, "%d files, %d input records (%d read, %d rejected while reading), "
            + "%d records with articles, %d articles, in %.1f s.%n%n", files, records + rejectedOnRead, records,
        rejectedOnRead, recordsWithArticles, articles, seconds));
    md.append("| segment kind | articles |\n|---|---:|\n");
    kinds.forEach((k, v) -> md.append("| `").append(k).append("` | ").append(v).append(" |\n"));
    md.append("\n| column | filled, main articles | filled, all articles |\n|---|---:|---:|\n");
    for (String field : FIELDS) {
      md.append("| `").append(field).append("` | ").append(share(fillMain.get(field))).append(" | ")
          .append(share(fillAll.get(field))).append(" |\n");
    }
    md.append("\n| flag | articles |\n|---|---:|\n");
    if (flags.isEmpty()) {
      md.append("| (none) | 0 |\n");
    }
    flags.forEach((k, v) -> md.append("| `").append(k).append("` | ").append(v).append(" |\n"));
    md.append("\n| stage \\| reason | dead letters |\n|---|---:|\n");
    if (deadLetters.isEmpty()) {
      md.append("| (none) | 0 |\n");
    }
    deadLetters.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
    Collections.sort(mainLengths);
    md.append(String.format(Locale.ROOT, "%nMain article length in chars: median %d, 90th percentile %d, max %d.%n",
        percentile(50), percentile(90), percentile(100)));
    md.append("\n| agency credited (main articles) | articles |\n|---|---:|\n");
    top(agencies).forEach(e -> md.append("| ").append(e.getKey()).append(" | ").append(e.getValue()).append(" |\n"));
    md.append("\n| source | main articles | title | dateline | agency |\n|---|---:|---:|---:|---:|\n");
    perSource.entrySet().stream()
        .sorted((x, y) -> Long.compare(y.getValue()[0], x.getValue()[0]))
        .forEach(e -> {
          long[] c = e.getValue();
          md.append("| ").append(e.getKey()).append(" | ").append(c[0]).append(" | ").append(pct(c[1], c[0]))
              .append(" | ").append(pct(c[2], c[0])).append(" | ").append(pct(c[3], c[0])).append(" |\n");
        });
    md.append("\n| file | records read | articles | dead letters |\n|---|---:|---:|---:|\n");
    perFile.entrySet().stream().limit(50).forEach(e -> md.append("| ").append(e.getKey())
        .append(" | ").append(e.getValue()[0]).append(" | ").append(e.getValue()[1]).append(" | ")
        .append(e.getValue()[2]).append(" |\n"));
    if (perFile.size() > 50) {
      md.append("| (").append(perFile.size() - 50).append(" more files) | | | |\n");
    }
    return md.toString();
  }

  private int percentile(int p) {
    if (mainLengths.isEmpty()) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100.0 * mainLengths.size()) - 1;
    return mainLengths.get(Math.max(0, Math.min(index, mainLengths.size() - 1)));
  }

  private static List<Map.Entry<String, Long>> top(Map<String, Long> counts) {
    return counts.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue(), x.getValue())).limit(TOP).toList();
  }

  private static String share(long[] c) {
    return c == null ? "–" : pct(c[0], c[1]);
  }

  private static String pct(long part, long whole) {
    return whole == 0 ? "–" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }
}
