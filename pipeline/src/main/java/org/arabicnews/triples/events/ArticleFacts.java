package org.arabicnews.triples.events;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * What the aggregation needs of an article: the cluster it counts under, its outlet and its publication time.
 *
 * @param clusterId the representative of the article's duplicate cluster: {@code duplicate_of}, else itself
 * @param sourceName the outlet, or null
 * @param published publication time as the input gave it, or null
 */
public record ArticleFacts(String clusterId, String sourceName, String published) {
  public static ArticleFacts of(String articleId, String duplicateOf, String sourceName, String published) {
    return new ArticleFacts(duplicateOf != null ? duplicateOf : articleId, sourceName, published);
  }

  public void write(DataOutput out) throws IOException {
    DataIo.writeString(out, clusterId);
    DataIo.writeString(out, sourceName);
    DataIo.writeString(out, published);
  }

  public static ArticleFacts read(DataInput in) throws IOException {
    return new ArticleFacts(DataIo.readString(in), DataIo.readString(in), DataIo.readString(in));
  }
}
