package org.arabicnews.triples.pipeline;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.IterableCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGbkResultSchema;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.transforms.join.RawUnionValue;
import org.apache.beam.sdk.transforms.join.UnionCoder;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;

/**
 * GroupByKey, CoGroupByKey and Combine.perKey as the stages use them. On most runners the first and the last are
 * Beam's own, and CoGroupByKey lists each group ({@link #coGroupByKey}). On the DirectRunner all three group by a
 * bounded number of key buckets and split each bucket back into its keys in memory, with the same output: the
 * DirectRunner fires one end-of-window timer per key of a GroupByKey, and its driver scans every pending key for
 * each one it fires, so a shuffle over a few hundred thousand keys (LSH buckets, article ids, events) stalled it
 * for minutes after the last article was extracted. It holds every GroupByKey's input in memory anyway, so a
 * bucket in a list costs nothing it did not already hold.
 */
final class KeyedShuffles implements Serializable {
  private static final long serialVersionUID = 1L;
  /**
   * Keys per shuffle on the DirectRunner: enough bundles to keep its threads busy, few enough to keep its
   * bookkeeping small. It copies a key's whole bag of values for every bundle that adds to it: with 64 buckets
   * that took a third of a run's CPU.
   */
  static final int DIRECT_RUNNER_KEY_BUCKETS = 8;

  /** Buckets, or null for one group per key, the runner's own way. */
  private final Integer buckets;

  private KeyedShuffles(Integer buckets) {
    this.buckets = buckets;
  }

  static KeyedShuffles forRunner(PipelineOptions options) {
    return new KeyedShuffles(options.getRunner() == DirectRunner.class ? DIRECT_RUNNER_KEY_BUCKETS : null);
  }

  /** Keys of a random-key reshuffle: the DirectRunner's buckets, or null for a fresh key per element. */
  Integer reshuffleBuckets() {
    return buckets;
  }

  static KeyedShuffles bucketed(int buckets) {
    return new KeyedShuffles(buckets);
  }

  static KeyedShuffles perKey() {
    return new KeyedShuffles(null);
  }

  <K, V> PTransform<PCollection<KV<K, V>>, PCollection<KV<K, Iterable<V>>>> groupByKey() {
    return buckets == null ? GroupByKey.create() : new BucketedGroupByKey<>(buckets);
  }

  <K, V, O> PTransform<PCollection<KV<K, V>>, PCollection<KV<K, O>>> combinePerKey(
      Combine.CombineFn<V, ?, O> fn) {
    if (buckets == null) {
      return Combine.perKey(fn);
    }
    return new PTransform<>() {
      @Override
      public PCollection<KV<K, O>> expand(PCollection<KV<K, V>> input) {
        return input.apply("Group", new BucketedGroupByKey<K, V>(buckets))
            .apply("Combine", Combine.groupedValues(fn));
      }
    };
  }

  /**
   * CoGroupByKey's own expansion, with each group read once into memory. Beam's CoGbkResult iterates a group of
   * more than 10,000 values twice, which Flink's once-only group iterables refuse (apache/beam#31981): the
   * duplicate detection failed on 1,000,000 generated pages, whose exact copies share buckets by the ten thousand.
   * The job's joins list small values (ranks, sketches, mentions) or one article per group; the largest group is
   * a bucket of near-copies of one story (docs/aggregation.md).
   */
  <K> PTransform<KeyedPCollectionTuple<K>, PCollection<KV<K, CoGbkResult>>> coGroupByKey() {
    return new ListedCoGroupByKey<>(this);
  }

  static final class BucketedGroupByKey<K, V>
      extends PTransform<PCollection<KV<K, V>>, PCollection<KV<K, Iterable<V>>>> {
    private final int buckets;

    BucketedGroupByKey(int buckets) {
      this.buckets = buckets;
    }

    @Override
    public PCollection<KV<K, Iterable<V>>> expand(PCollection<KV<K, V>> input) {
      KvCoder<K, V> coder = (KvCoder<K, V>) input.getCoder();
      Coder<K> keyCoder = coder.getKeyCoder();
      return input
          .apply("ToBuckets", ParDo.of(new ToBucketFn<K, V>(keyCoder, buckets)))
          .setCoder(KvCoder.of(VarIntCoder.of(), coder))
          .apply("GroupBuckets", GroupByKey.create())
          .apply("SplitBuckets", ParDo.of(new SplitBucketFn<K, V>(keyCoder)))
          .setCoder(KvCoder.of(keyCoder, IterableCoder.of(coder.getValueCoder())));
    }
  }

  /** Bucket of a key: from its encoding, so every worker and every run agree. */
  static final class ToBucketFn<K, V> extends DoFn<KV<K, V>, KV<Integer, KV<K, V>>> {
    private final Coder<K> keyCoder;
    private final int buckets;

    ToBucketFn(Coder<K> keyCoder, int buckets) {
      this.keyCoder = keyCoder;
      this.buckets = buckets;
    }

    @ProcessElement
    public void process(@Element KV<K, V> element, OutputReceiver<KV<Integer, KV<K, V>>> out)
        throws CoderException {
      int hash = Arrays.hashCode(CoderUtils.encodeToByteArray(keyCoder, element.getKey()));
      out.output(KV.of(Math.floorMod(hash, buckets), element));
    }
  }

  static final class SplitBucketFn<K, V> extends DoFn<KV<Integer, Iterable<KV<K, V>>>, KV<K, Iterable<V>>> {
    private final Coder<K> keyCoder;

    SplitBucketFn(Coder<K> keyCoder) {
      this.keyCoder = keyCoder;
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<KV<K, V>>> bucket, OutputReceiver<KV<K, Iterable<V>>> out) {
      Map<Object, KV<K, List<V>>> groups = new LinkedHashMap<>();
      for (KV<K, V> element : bucket.getValue()) {
        groups.computeIfAbsent(keyCoder.structuralValue(element.getKey()),
            k -> KV.of(element.getKey(), new ArrayList<>())).getValue().add(element.getValue());
      }
      for (KV<K, List<V>> group : groups.values()) {
        out.output(KV.of(group.getKey(), group.getValue()));
      }
    }
  }

  /** Tags each input's values, flattens them, groups them and lists each group. */
  static final class ListedCoGroupByKey<K>
      extends PTransform<KeyedPCollectionTuple<K>, PCollection<KV<K, CoGbkResult>>> {
    private final KeyedShuffles shuffles;

    ListedCoGroupByKey(KeyedShuffles shuffles) {
      this.shuffles = shuffles;
    }

    @Override
    public PCollection<KV<K, CoGbkResult>> expand(KeyedPCollectionTuple<K> input) {
      List<Coder<?>> valueCoders = new ArrayList<>();
      for (KeyedPCollectionTuple.TaggedKeyedPCollection<K, ?> tagged : input.getKeyedCollections()) {
        valueCoders.add(((KvCoder<?, ?>) (Coder<?>) tagged.getCollection().getCoder()).getValueCoder());
      }
      UnionCoder unionCoder = UnionCoder.of(valueCoders);
      KvCoder<K, RawUnionValue> taggedCoder = KvCoder.of(input.getKeyCoder(), unionCoder);
      PCollectionList<KV<K, RawUnionValue>> tagged = PCollectionList.empty(input.getPipeline());
      int index = 0;
      for (KeyedPCollectionTuple.TaggedKeyedPCollection<K, ?> collection : input.getKeyedCollections()) {
        tagged = tagged.and(tag(collection, index++).setCoder(taggedCoder));
      }
      return tagged.apply("Flatten", Flatten.pCollections())
          .apply("Group", shuffles.<K, RawUnionValue>groupByKey())
          .apply("ToResults", ParDo.of(new ToResultFn<K>(input.getCoGbkResultSchema())))
          .setCoder(KvCoder.of(input.getKeyCoder(),
              CoGbkResult.CoGbkResultCoder.of(input.getCoGbkResultSchema(), unionCoder)));
    }

    private static <K, V> PCollection<KV<K, RawUnionValue>> tag(
        KeyedPCollectionTuple.TaggedKeyedPCollection<K, V> collection, int index) {
      return collection.getCollection().apply("Tag " + collection.getTupleTag().getId(),
          ParDo.of(new TagFn<K, V>(index)));
    }
  }

  static final class TagFn<K, V> extends DoFn<KV<K, V>, KV<K, RawUnionValue>> {
    private final int index;

    TagFn(int index) {
      this.index = index;
    }

    @ProcessElement
    public void process(@Element KV<K, V> element, OutputReceiver<KV<K, RawUnionValue>> out) {
      out.output(KV.of(element.getKey(), new RawUnionValue(index, element.getValue())));
    }
  }

  static final class ToResultFn<K> extends DoFn<KV<K, Iterable<RawUnionValue>>, KV<K, CoGbkResult>> {
    private final CoGbkResultSchema schema;

    ToResultFn(CoGbkResultSchema schema) {
      this.schema = schema;
    }

    @ProcessElement
    public void process(@Element KV<K, Iterable<RawUnionValue>> group, OutputReceiver<KV<K, CoGbkResult>> out) {
      List<RawUnionValue> values = new ArrayList<>();
      group.getValue().forEach(values::add);
      out.output(KV.of(group.getKey(), new CoGbkResult(schema, values)));
    }
  }
}
