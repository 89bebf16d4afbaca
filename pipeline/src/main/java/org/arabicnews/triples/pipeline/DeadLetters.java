package org.arabicnews.triples.pipeline;

import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.TupleTag;
import org.arabicnews.triples.Excerpt;
import org.arabicnews.triples.Reason;
import org.arabicnews.triples.schema.DeadLetter;

/** The side output every stage sends its failures to, and the counting that goes with it. */
final class DeadLetters {
  /** Metrics namespace of the per-reason counters: {@code <stage>.<reason>}. */
  static final String NAMESPACE = "dead_letters";

  static final TupleTag<DeadLetter> TAG = new TupleTag<>() {};

  private DeadLetters() {}

  /** Builds the record, counts it under the stage and reason, and emits it. */
  static void emit(DoFn.MultiOutputReceiver out, String stage, String inputUri, String locator, Reason reason,
      String message, CharSequence excerpt) {
    out.get(TAG).output(of(stage, inputUri, locator, reason, message, excerpt));
  }

  static DeadLetter of(String stage, String inputUri, String locator, Reason reason, String message,
      CharSequence excerpt) {
    Metrics.counter(NAMESPACE, stage + "." + reason.code()).inc();
    return DeadLetter.newBuilder()
        .setInputUri(inputUri)
        .setLocator(locator)
        .setStage(stage)
        .setReason(reason.code())
        .setMessage(message)
        .setExcerpt(Excerpt.of(excerpt))
        .build();
  }
}
