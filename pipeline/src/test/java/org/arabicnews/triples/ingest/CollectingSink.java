package org.arabicnews.triples.ingest;

import java.util.ArrayList;
import java.util.List;
import org.arabicnews.triples.Reason;

/** Keeps what a reader hands over, for assertions. */
final class CollectingSink implements RecordSink {
  record Rejection(String locator, Reason reason, String message, String excerpt) {}

  final List<InputRecord> records = new ArrayList<>();
  final List<Rejection> rejections = new ArrayList<>();

  @Override
  public void accept(InputRecord record) {
    records.add(record);
  }

  @Override
  public void reject(String locator, Reason reason, String message, String excerpt) {
    rejections.add(new Rejection(locator, reason, message, excerpt));
  }
}
