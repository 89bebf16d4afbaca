package org.arabicnews.triples.pipeline;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;
import org.arabicnews.triples.ingest.FieldMapping;

/** Options of the job. Runner options (--runner, --flinkMaster, ...) come from the runner's own interfaces. */
public interface ArabicNewsTriplesOptions extends PipelineOptions {

  @Description("Input files: one or more globs separated by commas, on any Beam filesystem (local, gs://, s3://, "
      + "hdfs://). .gz, .bz2, .zst and .deflate files are decompressed.")
  @Default.String("testdata/pages/*,testdata/exports/*")
  @Validation.Required
  String getInput();

  void setInput(String value);

  @Description("How input files hold records: auto (by extension: .jsonl/.ndjson/.json are JSON Lines, anything "
      + "else one page per file), text (one scraped page per file) or jsonl (one article per line).")
  @Default.String("auto")
  String getInputFormat();

  void setInputFormat(String value);

  @Description("For JSON Lines: where our fields are in the export, as ours=theirs pairs separated by commas; "
      + "nested fields by dotted path. Ours: id, title, text, url, published, source. Unnamed fields keep the "
      + "default.")
  @Default.String(FieldMapping.DEFAULT)
  String getJsonFields();

  void setJsonFields(String value);

  @Description("Output directory: one folder per table (articles, entities, triples, relations, "
      + "dead_letters), then run-summary.json and _SUCCESS.")
  @Default.String("out")
  @Validation.Required
  String getOutput();

  void setOutput(String value);

  @Description("Longest record accepted, in chars. A longer page or line goes to dead_letters as "
      + "record_too_large without being held in memory whole.")
  @Default.Integer(2_000_000)
  int getMaxArticleChars();

  void setMaxArticleChars(int value);

  @Description("Parquet files written per table. Fixed on purpose: runner-chosen sharding lost rows on Spark.")
  @Default.Integer(2)
  int getNumShards();

  void setNumShards(int value);

  @Description("Normalization profile for articles.text_normalized: display (for reading) or match (for "
      + "matching: diacritics removed, letter variants folded).")
  @Default.String("display")
  String getNormalization();

  void setNormalization(String value);

  @Description("Small files read per work item. Reading many files per item keeps per-file bookkeeping low on "
      + "runners such as the DirectRunner.")
  @Default.Integer(500)
  int getFilesPerBatch();

  void setFilesPerBatch(int value);

  @Description("Near-duplicate threshold: articles whose word-shingle sets have an estimated Jaccard similarity "
      + "of at least this much are duplicates (articles.duplicate_of). In (0, 1]; 1 keeps exact copies only in "
      + "practice.")
  @Default.Double(0.8)
  double getDuplicateThreshold();

  void setDuplicateThreshold(double value);

  @Description("Days around an event in which articles linking a title to its holder count when the relations "
      + "table resolves a title-only mention (خادم الحرمين الشريفين) to a person.")
  @Default.Integer(30)
  int getTitleWindowDays();

  void setTitleWindowDays(int value);
}
