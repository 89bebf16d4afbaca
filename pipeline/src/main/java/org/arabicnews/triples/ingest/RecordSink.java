package org.arabicnews.triples.ingest;

import org.arabicnews.triples.Reason;

/** Where a reader puts what it reads: records, and the records it had to reject, each with a reason. */
public interface RecordSink {
  void accept(InputRecord record);

  void reject(String locator, Reason reason, String message, String excerpt);
}
