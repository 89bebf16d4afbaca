package org.arabicnews.triples.bench;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * What one distinct shuffle key costs on the DirectRunner: the same elements counted with and without a
 * GroupByKey on distinct keys. Run each mode in its own JVM and compare CPU time:
 *
 * <pre>
 * /usr/bin/time -f "%U+%S s cpu" java -cp pipeline/target/arabic-news-triples.jar \
 *     org.arabicnews.triples.bench.DirectRunnerKeyCost 5000 none
 * /usr/bin/time -f "%U+%S s cpu" java -cp pipeline/target/arabic-news-triples.jar \
 *     org.arabicnews.triples.bench.DirectRunnerKeyCost 5000 groupByKey
 * </pre>
 */
public final class DirectRunnerKeyCost {
  private DirectRunnerKeyCost() {}

  public static void main(String[] args) {
    int keys = Integer.parseInt(args[0]);
    boolean group = args[1].equals("groupByKey");
    List<KV<Long, String>> elements = new ArrayList<>(keys);
    for (long i = 0; i < keys; i++) {
      elements.add(KV.of(i, "value" + i));
    }
    Pipeline pipeline = Pipeline.create(PipelineOptionsFactory.create());
    PCollection<KV<Long, String>> input = pipeline.apply(Create.of(elements));
    if (group) {
      input.apply(GroupByKey.create()).apply(Count.globally());
    } else {
      input.apply(Count.globally());
    }
    long started = System.nanoTime();
    pipeline.run().waitUntilFinish();
    System.out.printf("%d elements, %s: %.1f s wall%n", keys, group ? "grouped by distinct keys" : "not grouped",
        (System.nanoTime() - started) / 1e9);
  }
}
