package org.arabicnews.triples.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.DistributionResult;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;

/**
 * The counters and distributions of a run, by namespace (the stage) and name, as the runner reports them.
 * Attempted values: every runner has those; committed ones are not available everywhere.
 */
record RunMetrics(Map<String, Map<String, Long>> counters, Map<String, Map<String, Map<String, Number>>> distributions) {

  static RunMetrics of(PipelineResult result) {
    Map<String, Map<String, Long>> counters = new TreeMap<>();
    Map<String, Map<String, Map<String, Number>>> distributions = new TreeMap<>();
    MetricQueryResults metrics = result.metrics().queryMetrics(MetricsFilter.builder().build());
    for (MetricResult<Long> c : metrics.getCounters()) {
      counters.computeIfAbsent(c.getName().getNamespace(), k -> new TreeMap<>())
          .merge(c.getName().getName(), c.getAttempted(), Long::sum);
    }
    for (MetricResult<DistributionResult> d : metrics.getDistributions()) {
      DistributionResult v = d.getAttempted();
      Map<String, Number> summary = new LinkedHashMap<>();
      summary.put("count", v.getCount());
      summary.put("min", v.getCount() == 0 ? 0 : v.getMin());
      summary.put("max", v.getCount() == 0 ? 0 : v.getMax());
      summary.put("mean", v.getCount() == 0 ? 0.0 : v.getMean());
      summary.put("sum", v.getSum());
      distributions.computeIfAbsent(d.getName().getNamespace(), k -> new TreeMap<>()).put(d.getName().getName(), summary);
    }
    return new RunMetrics(counters, distributions);
  }

  long counter(String namespace, String name) {
    return counters.getOrDefault(namespace, Map.of()).getOrDefault(name, 0L);
  }

  /** Dead letters by reason code, over all stages. */
  Map<String, Long> deadLettersByReason() {
    Map<String, Long> byReason = new TreeMap<>();
    counters.getOrDefault(DeadLetters.NAMESPACE, Map.of()).forEach((stageAndReason, n) ->
        byReason.merge(stageAndReason.substring(stageAndReason.indexOf('.') + 1), n, Long::sum));
    return byReason;
  }

  long deadLetters() {
    return deadLettersByReason().values().stream().mapToLong(Long::longValue).sum();
  }
}
