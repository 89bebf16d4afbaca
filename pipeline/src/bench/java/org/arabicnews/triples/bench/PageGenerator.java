package org.arabicnews.triples.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.arabicnews.triples.ingest.PageSegmenter;
import org.arabicnews.triples.ingest.Segment;
import org.arabicnews.triples.text.SentenceSplitter;

/**
 * Synthetic scraped pages made only of our own testdata: sentences, titles, tags, outlets and datelines are
 * taken from the pages in {@code testdata/pages} (as the job segments them) and recombined. Page {@code i} of
 * a generator depends only on the seed, {@code i} and the testdata, so every benchmark that uses the same
 * seed on the same checkout sees the same input.
 *
 * <p>A page has, with the given odds: a headline line (70%), a dateline line (50%), 3 to 7 paragraphs of 1 to
 * 3 sentences, an المصدر line (60%), a كلمات دلالية line (50%), an embedded إقرأ أيضاً article (20%) and a
 * مقالات مشابهة list of 2 to 5 headlines (30%): the shapes the segmenter handles.
 */
public final class PageGenerator {
  private final long seed;
  private final List<String> sentences = new ArrayList<>();
  private final List<String> titles = new ArrayList<>();
  private final List<String> tags = new ArrayList<>();
  private final List<String> sources = new ArrayList<>();
  private final List<String> datelines = new ArrayList<>();

  private PageGenerator(long seed) {
    this.seed = seed;
  }

  /** A generator over the UTF-8 (or gzipped UTF-8) pages of {@code pagesDir}. */
  public static PageGenerator fromTestdata(Path pagesDir, long seed) throws IOException {
    PageGenerator g = new PageGenerator(seed);
    Set<String> sentences = new LinkedHashSet<>();
    Set<String> titles = new LinkedHashSet<>();
    Set<String> tags = new LinkedHashSet<>();
    Set<String> sources = new LinkedHashSet<>();
    Set<String> datelines = new LinkedHashSet<>();
    PageSegmenter segmenter = new PageSegmenter();
    SentenceSplitter splitter = new SentenceSplitter();
    List<Path> pages;
    try (Stream<Path> files = Files.list(pagesDir)) {
      pages = files.sorted().toList();
    }
    for (Path page : pages) {
      String text = utf8(page);
      if (text == null) {
        continue;
      }
      for (Segment s : segmenter.segment(text, null)) {
        if (s.title() != null) {
          titles.add(s.title());
        }
        titles.addAll(s.relatedHeadlines());
        tags.addAll(s.keywords());
        if (s.sourceName() != null) {
          sources.add(s.sourceName());
        }
        if (s.dateline() != null && s.agency() != null) {
          datelines.add(s.dateline() + " - " + s.agency() + ":");
        }
        if (!s.kind().equals(Segment.RELATED_HEADLINE)) {
          for (int[] span : splitter.split(s.text())) {
            String sentence = s.text().substring(span[0], span[1]);
            if (sentence.endsWith(".") && sentence.length() > 40) {
              sentences.add(sentence);
            }
          }
        }
      }
    }
    if (sentences.isEmpty() || titles.isEmpty()) {
      throw new IllegalArgumentException(pagesDir + " holds no pages to take words from");
    }
    g.sentences.addAll(sentences);
    g.titles.addAll(titles);
    g.tags.addAll(tags);
    g.sources.addAll(sources);
    g.datelines.addAll(datelines);
    return g;
  }

  /** Page number {@code index}. */
  public String page(int index) {
    String[] page = titleAndBody(index);
    return page[0] == null ? page[1] : page[0] + "\n\n" + page[1];
  }

  /** Page number {@code index} as its headline line (or null) and the rest. */
  private String[] titleAndBody(int index) {
    Random r = new Random(seed * 1_000_003L + index);
    String title = r.nextInt(10) < 7 ? pick(r, titles) : null;
    StringBuilder p = new StringBuilder();
    if (r.nextInt(10) < 5 && !datelines.isEmpty()) {
      p.append(pick(r, datelines)).append("\n\n");
    }
    paragraphs(r, p, 3 + r.nextInt(5));
    if (r.nextInt(10) < 6 && !sources.isEmpty()) {
      p.append("المصدر: ").append(pick(r, sources)).append("\n\n");
    }
    if (r.nextInt(10) < 5 && !tags.isEmpty()) {
      List<String> chosen = new ArrayList<>();
      for (int i = 2 + r.nextInt(4); i > 0; i--) {
        chosen.add(pick(r, tags));
      }
      p.append("كلمات دلالية: ").append(String.join("، ", chosen)).append("\n\n");
    }
    if (r.nextInt(10) < 2) {
      p.append("إقرأ أيضاً:\n\n").append(pick(r, titles)).append("\n\n");
      paragraphs(r, p, 1 + r.nextInt(2));
    }
    if (r.nextInt(10) < 3) {
      p.append("مقالات مشابهة\n\n");
      for (int i = 2 + r.nextInt(4); i > 0; i--) {
        p.append("  • ").append(pick(r, titles)).append('\n');
      }
    }
    return new String[] {title, p.toString()};
  }

  /** Writes pages 0 .. count-1 to {@code dir}, one file each, named page-000000.txt and on. */
  public void writePages(Path dir, int count) throws IOException {
    Files.createDirectories(dir);
    for (int i = 0; i < count; i++) {
      Files.writeString(dir.resolve(String.format("page-%06d.txt", i)), page(i), StandardCharsets.UTF_8);
    }
  }

  /**
   * Writes pages 0 .. count-1 as a JSON Lines export with the job's default field names (id, title, content):
   * a page's headline line goes to title (absent when it has none), the rest to content.
   */
  public void writeJsonLines(Path file, int count) throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        String[] page = titleAndBody(i);
        ObjectNode line = json.createObjectNode().put("id", "gen-" + i);
        if (page[0] != null) {
          line.put("title", page[0]);
        }
        line.put("content", page[1]);
        out.write(json.writeValueAsString(line));
        out.write('\n');
      }
    }
  }

  private void paragraphs(Random r, StringBuilder p, int count) {
    for (int i = 0; i < count; i++) {
      for (int k = 1 + r.nextInt(3); k > 0; k--) {
        p.append(pick(r, sentences)).append(k > 1 ? " " : "");
      }
      p.append("\n\n");
    }
  }

  private static String pick(Random r, List<String> items) {
    return items.get(r.nextInt(items.size()));
  }

  /** The file's text if it is UTF-8 (gzipped or not), else null: legacy-encoded test pages are skipped. */
  private static String utf8(Path file) throws IOException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file);
        InputStream body = file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in) {
      bytes = body.readAllBytes();
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
      return text.replace("\uFEFF", "").replace("\r\n", "\n");
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
