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

  @Description("How input files hold records: auto (by extension under any compression: .jsonl/.ndjson/.json "
      + "are JSON Lines, .csv is CSV, anything else one page per file), text (one scraped page per file), jsonl "
      + "(one article per line) or csv (RFC 4180 with a header row, one article per row).")
  @Default.String("auto")
  String getInputFormat();

  void setInputFormat(String value);

  @Description("For JSON Lines: where our fields are in the export, as ours=theirs pairs separated by commas; "
      + "nested fields by dotted path. Ours: id, title, text, url, published, source. Unnamed fields keep the "
      + "default.")
  @Default.String(FieldMapping.DEFAULT)
  String getJsonFields();

  void setJsonFields(String value);

  @Description("For CSV: which header column holds each of our fields, as ours=theirs pairs separated by commas "
      + "(header names exact, else ignoring case). Ours: id, title, text, url, published, source. Unnamed fields "
      + "keep the default.")
  @Default.String(FieldMapping.DEFAULT)
  String getCsvFields();

  void setCsvFields(String value);

  @Description("Output directory: one folder per table (articles, entities, triples, relations, dead_letters), "
      + "then run-summary.json and _SUCCESS. '{date}' in it is replaced by --runDate, for date-partitioned layouts. "
      + "The job refuses a directory that already holds output unless --overwrite is given.")
  @Default.String("out")
  @Validation.Required
  String getOutput();

  void setOutput(String value);

  @Description("Replace the tables of a previous run in --output: its files are deleted before the job runs.")
  @Default.Boolean(false)
  boolean getOverwrite();

  void setOverwrite(boolean value);

  @Description("The run's date (yyyy-MM-dd) for '{date}' in --output. Default: today, in UTC.")
  @Default.String("")
  String getRunDate();

  void setRunDate(String value);

  @Description("Longest record accepted, in chars. A longer page or line goes to dead_letters as "
      + "record_too_large without being held in memory whole.")
  @Default.Integer(2_000_000)
  int getMaxArticleChars();

  void setMaxArticleChars(int value);

  @Description("Parquet files written per table. Fixed on purpose: runner-chosen sharding lost rows on Spark.")
  @Default.Integer(2)
  int getNumShards();

  void setNumShards(int value);

  @Description("Parquet row group size in MiB, as written (after compression). Each Parquet file being written "
      + "holds up to one row group in memory, so this bounds the writers' memory however large the run.")
  @Default.Integer(32)
  int getRowGroupMb();

  void setRowGroupMb(int value);

  @Description("Normalization profile for articles.text_normalized: display (for reading) or match (for "
      + "matching: diacritics removed, letter variants folded).")
  @Default.String("display")
  String getNormalization();

  void setNormalization(String value);

  @Description("For articles.text_normalized: write Arabic-Indic and Extended Arabic-Indic digits as ASCII digits "
      + "(both profiles).")
  @Default.Boolean(false)
  boolean getAsciiDigits();

  void setAsciiDigits(boolean value);

  @Description("For articles.text_normalized with --normalization=match: fold hamza on its carrier, "
      + "ؤ to و and ئ to ي.")
  @Default.Boolean(false)
  boolean getFoldHamzaCarriers();

  void setFoldHamzaCarriers(boolean value);

  @Description("Small files read per work item. Reading many files per item keeps per-file bookkeeping low on "
      + "runners such as the DirectRunner.")
  @Default.Integer(500)
  int getFilesPerBatch();

  void setFilesPerBatch(int value);

  @Description("An uncompressed JSON Lines file larger than this many bytes is cut into line-aligned slices of "
      + "about this size, read in parallel and never fanned out by one element.")
  @Default.Long(32L << 20)
  long getBytesPerSplit();

  void setBytesPerSplit(long value);

  @Description("A segmentation rules file (docs/ingest.md) whose rules are added to the shipped ones and tried "
      + "first: markers, residue and dateline shapes of a new site, without a rebuild. Any Beam filesystem.")
  String getSegmentationRules();

  void setSegmentationRules(String value);

  @Description("Near-duplicate threshold: articles whose word-shingle sets have an estimated Jaccard similarity "
      + "of at least this much are duplicates (articles.duplicate_of). In (0, 1]; 1 keeps exact copies only in "
      + "practice.")
  @Default.Double(0.8)
  double getDuplicateThreshold();

  void setDuplicateThreshold(double value);

  @Description("Days around an event in which articles that link a title or short name to a person count when "
      + "the relations table resolves a title-only or short mention (خادم الحرمين الشريفين) to that person.")
  @Default.Integer(30)
  int getAliasWindowDays();

  void setAliasWindowDays(int value);
}
