package org.arabicnews.triples.events;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.arabicnews.triples.text.ArabicNormalizer;

/**
 * One triple as the aggregation sees it: its two arguments and relation, where and when, and the article facts
 * it is counted under. The sentence and offsets stay in the triples table.
 *
 * @param articleId the article the triple was read from
 * @param clusterId the article's duplicate-cluster representative ({@code duplicate_of}, or the article itself);
 *     null until joined with the article
 * @param sourceName the article's outlet, or null
 * @param seen the article's publication time ({@link NewsDates#timestamp}), or null
 * @param subjectKey canonical key of the subject: the entity's key, else its match-normalized surface
 * @param subjectType entity type of the subject
 * @param subject the subject's surface
 * @param relation relation label
 * @param cameoCode CAMEO code, or null
 * @param plover PLOVER category, or null
 * @param objectKey canonical key of the object, as for the subject
 * @param objectType entity type of the object
 * @param object the object's surface
 * @param location where it happened, or null
 * @param eventDate {@code triples.event_date} checked by {@link NewsDates#eventDate}, or null
 * @param confidence the triple's confidence
 */
public record Mention(
    String articleId,
    String clusterId,
    String sourceName,
    String seen,
    String subjectKey,
    String subjectType,
    String subject,
    String relation,
    String cameoCode,
    String plover,
    String objectKey,
    String objectType,
    String object,
    String location,
    String eventDate,
    double confidence) {

  /** A triple's mention before its article is known; a missing key falls back to the normalized surface. */
  public static Mention ofTriple(String articleId, String subjectKey, String subjectType, String subject,
      String relation, String cameoCode, String plover, String objectKey, String objectType, String object,
      String location, String eventDate, double confidence) {
    return new Mention(articleId, null, null, null, keyOrSurface(subjectKey, subject), subjectType, subject,
        relation, blankToNull(cameoCode), blankToNull(plover), keyOrSurface(objectKey, object), objectType, object,
        blankToNull(location), NewsDates.eventDate(eventDate), confidence);
  }

  /** This mention counted under its article: cluster, outlet and publication time. */
  public Mention inArticle(String clusterId, String sourceName, String published) {
    return new Mention(articleId, clusterId, blankToNull(sourceName), NewsDates.timestamp(published), subjectKey,
        subjectType, subject, relation, cameoCode, plover, objectKey, objectType, object, location, eventDate,
        confidence);
  }

  public Mention withKeys(String newSubjectKey, String newObjectKey) {
    return new Mention(articleId, clusterId, sourceName, seen, newSubjectKey, subjectType, subject, relation,
        cameoCode, plover, newObjectKey, objectType, object, location, eventDate, confidence);
  }

  /** This mention dated {@code date} ({@code yyyy-MM-dd} or {@code yyyy-MM}, or null), as another sentence dates it. */
  public Mention withEventDate(String date) {
    return new Mention(articleId, clusterId, sourceName, seen, subjectKey, subjectType, subject, relation, cameoCode,
        plover, objectKey, objectType, object, location, date, confidence);
  }

  /** Subject and object exchanged. */
  public Mention swapped() {
    return new Mention(articleId, clusterId, sourceName, seen, objectKey, objectType, object, relation, cameoCode,
        plover, subjectKey, subjectType, subject, location, eventDate, confidence);
  }

  /** The day of the article's publication, or null. */
  public String seenDay() {
    return seen == null ? null : seen.substring(0, 10);
  }

  private static String keyOrSurface(String key, String surface) {
    return key != null && !key.isBlank() ? key : ArabicNormalizer.match().normalizeToString(surface).strip();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public void write(DataOutput out) throws IOException {
    for (String s : new String[] {articleId, clusterId, sourceName, seen, subjectKey, subjectType, subject, relation,
        cameoCode, plover, objectKey, objectType, object, location, eventDate}) {
      DataIo.writeString(out, s);
    }
    out.writeDouble(confidence);
  }

  public static Mention read(DataInput in) throws IOException {
    String[] s = new String[15];
    for (int i = 0; i < s.length; i++) {
      s[i] = DataIo.readString(in);
    }
    return new Mention(s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], s[9], s[10], s[11], s[12], s[13], s[14],
        in.readDouble());
  }
}
