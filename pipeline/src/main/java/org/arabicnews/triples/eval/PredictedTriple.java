package org.arabicnews.triples.eval;

/**
 * A triple as the job wrote it, with the article it came from, for scoring against a gold file.
 *
 * @param inputUri the file the article was read from
 * @param recordId the export's own id of the article, or null
 * @param segment the article's segment
 * @param sentence the sentence, for baselines that read it
 */
public record PredictedTriple(String inputUri, String recordId, int segment, String relation, String subject,
    String subjectKey, String object, String objectKey, String cameoCode, double confidence, String polarity,
    String modality, String location, String rule, String sentence) {

  /**
   * Whether a gold doc id names this triple's article: the record id (snn-0630cae6a269), a path the input file
   * ends with (testdata/pages/001-x.txt), or such a path with the record id after '#'
   * (testdata/exports/articles.jsonl#tn-0001).
   */
  public boolean inDoc(String doc) {
    return docMatches(doc, inputUri, recordId);
  }

  static boolean docMatches(String doc, String inputUri, String recordId) {
    int hash = doc.lastIndexOf('#');
    if (hash > 0) {
      return recordId != null && recordId.equals(doc.substring(hash + 1))
          && endsWithPath(inputUri, doc.substring(0, hash));
    }
    if (recordId != null && recordId.equals(doc)) {
      return true;
    }
    return endsWithPath(inputUri, doc);
  }

  private static boolean endsWithPath(String uri, String path) {
    String normalized = uri.replace('\\', '/');
    return normalized.equals(path) || normalized.endsWith("/" + path);
  }
}
