package org.arabicnews.triples.pipeline;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongPredicate;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Keys;
import org.apache.beam.sdk.transforms.KvSwap;
import org.apache.beam.sdk.transforms.Min;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Top;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.arabicnews.triples.Reason;
import org.arabicnews.triples.events.DuplicateRank;
import org.arabicnews.triples.events.Fingerprint;
import org.arabicnews.triples.events.Fingerprinter;
import org.arabicnews.triples.events.LshBands;
import org.arabicnews.triples.events.MinHash;
import org.arabicnews.triples.events.SharedKeys;
import org.arabicnews.triples.schema.Article;
import org.arabicnews.triples.schema.DeadLetter;

/**
 * Marks exact and near-duplicate articles: {@code duplicate_of} becomes the article_id of the cluster's
 * representative. See docs/aggregation.md for the rules and why each step is bounded.
 *
 * <pre>
 * Fingerprint: one bucket per band of the MinHash signature, plus one for the exact text
 *   → SharedBuckets: a fixed-size bitmap of buckets seen twice (one bounded Combine, a side input)
 *   → KeepShared: a bucket only one article is in goes no further
 *   → BucketPivots (the bucket's best ranks) + GroupBuckets → LinkToPivots: each member links to the best-ranked
 *     pivot it is verified against (sketch similarity ≥ threshold; exact buckets need no check)
 *   → BestRankedParent → pointer jumping → JoinRepresentatives (by article id) → MarkDuplicates
 * </pre>
 *
 * Until the last join, shuffled records are ranks (short strings holding the article id), bucket hashes and
 * 128-byte sketches; JoinRepresentatives then shuffles each article once. Runners pay per distinct shuffle key,
 * hence the filter; on the DirectRunner the shuffles group by a bounded number of key buckets
 * ({@link KeyedShuffles}).
 */
public final class DeduplicateArticles
    extends PTransform<PCollection<Article>, WithFailures.Result<PCollection<Article>, DeadLetter>> {
  static final String STAGE = "DeduplicateArticles";
  /** Articles of a bucket that the others are compared with: the bucket's best-ranked ones. */
  static final int PIVOTS_PER_BUCKET = 8;
  /** Pointer-jumping rounds before the last, counting one: chains up to 2^(rounds+1) parents deep end at the root. */
  static final int JUMP_ROUNDS = 2;
  private static final byte[] EXACT = new byte[0];

  private final double threshold;
  private final KeyedShuffles shuffles;

  DeduplicateArticles(double threshold, KeyedShuffles shuffles) {
    this.threshold = threshold;
    this.shuffles = shuffles;
  }

  @Override
  public WithFailures.Result<PCollection<Article>, DeadLetter> expand(PCollection<Article> articles) {
    TupleTag<KV<Long, KV<String, byte[]>>> members = new TupleTag<>() {};
    PCollectionTuple fingerprints = articles.apply("Fingerprint",
        ParDo.of(new FingerprintFn(threshold, members)).withOutputTags(members, TupleTagList.of(DeadLetters.TAG)));
    PCollection<KV<Long, KV<String, byte[]>>> all = fingerprints.get(members).setCoder(
        KvCoder.of(VarLongCoder.of(), KvCoder.of(StringUtf8Coder.of(), ByteArrayCoder.of())));

    // Without defaults: an empty run has no bucket to look up, and a default would put 4 MiB into the DoFn.
    PCollectionView<Iterable<SharedKeys>> sharedBuckets = all
        .apply("BucketKeys", Keys.create())
        .apply("SharedBuckets", Combine.globally(new AccumulatorFn<Long, SharedKeys>(
            SharedKeys::new, SharedKeys::add, SharedKeys::merge, DataCoder.SHARED_KEYS)).withoutDefaults())
        .apply("SharedBucketsView", View.asIterable());
    PCollection<KV<Long, KV<String, byte[]>>> shared = all
        .apply("KeepShared", ParDo.of(new KeepSharedFn(sharedBuckets)).withSideInputs(sharedBuckets))
        .setCoder(all.getCoder());

    TupleTag<KV<String, byte[]>> memberTag = new TupleTag<>() {};
    TupleTag<List<KV<String, byte[]>>> pivotTag = new TupleTag<>() {};
    PCollection<KV<Long, List<KV<String, byte[]>>>> pivots =
        shared.apply("BucketPivots", shuffles.combinePerKey(new Top.TopCombineFn<>(PIVOTS_PER_BUCKET, new WorseRank())));
    PCollection<KV<String, String>> pointers = KeyedPCollectionTuple.of(memberTag, shared).and(pivotTag, pivots)
        .apply("GroupBuckets", shuffles.coGroupByKey())
        .apply("LinkToPivots", ParDo.of(new LinkFn(memberTag, pivotTag, threshold)))
        .apply("BestRankedParent", shuffles.combinePerKey(Min.<String>naturalOrder()));
    for (int round = 1; round <= JUMP_ROUNDS + 1; round++) {
      pointers = pointers.apply("Jump" + round, new JumpPointers(round > JUMP_ROUNDS, shuffles));
    }
    // A join rather than a side input: a map of every duplicate grows with the run, a group holds one article.
    TupleTag<Article> articleTag = new TupleTag<>() {};
    TupleTag<String> representativeTag = new TupleTag<>() {};
    PCollection<Article> marked = KeyedPCollectionTuple
        .of(articleTag, articles.apply("ById",
            WithKeys.of((Article a) -> a.getArticleId()).withKeyType(TypeDescriptors.strings())))
        .and(representativeTag, pointers.apply("ToArticleIds", ParDo.of(new ToArticleIdsFn())))
        .apply("JoinRepresentatives", shuffles.coGroupByKey())
        .apply("MarkDuplicates", ParDo.of(new MarkFn(articleTag, representativeTag)));
    return WithFailures.Result.of(marked, fingerprints.get(DeadLetters.TAG));
  }

  /** Orders bucket members so that the best rank is the greatest: {@code Top} keeps the best. */
  static final class WorseRank implements Comparator<KV<String, byte[]>>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(KV<String, byte[]> a, KV<String, byte[]> b) {
      return b.getKey().compareTo(a.getKey());
    }
  }

  static final class FingerprintFn extends DoFn<Article, KV<Long, KV<String, byte[]>>> {
    private final double threshold;
    private final TupleTag<KV<Long, KV<String, byte[]>>> membersTag;
    private final Counter articles = Metrics.counter(STAGE, "articles");
    private final Counter exactOnly = Metrics.counter(STAGE, "exact_comparison_only");
    private final Counter noWords = Metrics.counter(STAGE, "no_words");
    private transient Fingerprinter fingerprinter;
    private transient LshBands banding;

    FingerprintFn(double threshold, TupleTag<KV<Long, KV<String, byte[]>>> membersTag) {
      this.threshold = threshold;
      this.membersTag = membersTag;
    }

    @Setup
    public void setup() {
      fingerprinter = new Fingerprinter();
      banding = LshBands.forThreshold(threshold);
    }

    @ProcessElement
    public void process(@Element Article article, MultiOutputReceiver out) {
      articles.inc();
      Fingerprint fp;
      try {
        fp = fingerprinter.fingerprint(article.getArticleId(), article.getSegmentKind(), article.getPublished(),
            article.getText());
      } catch (RuntimeException e) {
        DeadLetters.emit(out, STAGE, article.getInputUri(), article.getArticleId(), Reason.INTERNAL_ERROR,
            "Fingerprinting failed; the article is kept and not compared: " + e, article.getText());
        return;
      }
      if (fp == null) {
        noWords.inc();
        return;
      }
      out.get(membersTag).output(KV.of(fp.exactKey(), KV.of(fp.rank(), EXACT)));
      if (!fp.nearDuplicateCandidate()) {
        exactOnly.inc();
        return;
      }
      byte[] sketch = fp.sketch();
      for (long bucket : banding.buckets(fp.signature())) {
        out.get(membersTag).output(KV.of(bucket, KV.of(fp.rank(), sketch)));
      }
    }
  }

  static final class KeepSharedFn extends DoFn<KV<Long, KV<String, byte[]>>, KV<Long, KV<String, byte[]>>> {
    private final PCollectionView<Iterable<SharedKeys>> sharedBuckets;
    private final Counter kept = Metrics.counter(STAGE, "bucket_entries_shuffled");
    private transient LongPredicate shared;

    KeepSharedFn(PCollectionView<Iterable<SharedKeys>> sharedBuckets) {
      this.sharedBuckets = sharedBuckets;
    }

    @StartBundle
    public void startBundle() {
      shared = null;
    }

    @ProcessElement
    public void process(ProcessContext context) {
      if (shared == null) {
        shared = context.sideInput(sharedBuckets).iterator().next().sharedLookup();
      }
      if (shared.test(context.element().getKey())) {
        kept.inc();
        context.output(context.element());
      }
    }
  }

  /**
   * For each bucket member, the best-ranked pivot that ranks above it and is its duplicate: in an exact bucket any
   * pivot, in a band bucket one whose sketch similarity reaches the threshold. (member rank, pivot rank).
   */
  static final class LinkFn extends DoFn<KV<Long, CoGbkResult>, KV<String, String>> {
    private final TupleTag<KV<String, byte[]>> memberTag;
    private final TupleTag<List<KV<String, byte[]>>> pivotTag;
    private final double threshold;
    private final Counter compared = Metrics.counter(STAGE, "candidate_pairs");
    private final Counter linked = Metrics.counter(STAGE, "duplicate_links");

    LinkFn(TupleTag<KV<String, byte[]>> memberTag, TupleTag<List<KV<String, byte[]>>> pivotTag, double threshold) {
      this.memberTag = memberTag;
      this.pivotTag = pivotTag;
      this.threshold = threshold;
    }

    @ProcessElement
    public void process(@Element KV<Long, CoGbkResult> bucket, OutputReceiver<KV<String, String>> out) {
      // Top orders best first.
      List<KV<String, byte[]>> best = bucket.getValue().getOnly(pivotTag);
      for (KV<String, byte[]> member : bucket.getValue().getAll(memberTag)) {
        for (KV<String, byte[]> pivot : best) {
          if (pivot.getKey().compareTo(member.getKey()) >= 0) {
            break;
          }
          boolean exact = member.getValue().length == 0 && pivot.getValue().length == 0;
          boolean near = member.getValue().length > 0 && pivot.getValue().length > 0
              && MinHash.sketchSimilarity(member.getValue(), pivot.getValue()) >= threshold;
          compared.inc();
          if (exact || near) {
            linked.inc();
            out.output(KV.of(member.getKey(), pivot.getKey()));
            break;
          }
        }
      }
    }
  }

  /**
   * One round of pointer jumping over (rank, parent rank) pairs: every article's pointer moves to its target's
   * pointer, when the target has one. Roots have no pointer, so after r rounds every article up to 2^r parents from
   * its root points at it. The last round also counts, as {@code deep_chains}, the articles still short of their
   * root before it: more than 2^JUMP_ROUNDS parents away. It takes them 2^(JUMP_ROUNDS+1) up; an article farther
   * than that keeps pointing at a duplicate, not at its representative.
   */
  static final class JumpPointers extends PTransform<PCollection<KV<String, String>>, PCollection<KV<String, String>>> {
    private final boolean last;
    private final KeyedShuffles shuffles;

    JumpPointers(boolean last, KeyedShuffles shuffles) {
      this.last = last;
      this.shuffles = shuffles;
    }

    @Override
    public PCollection<KV<String, String>> expand(PCollection<KV<String, String>> pointers) {
      TupleTag<String> childTag = new TupleTag<>() {};
      TupleTag<String> pointerTag = new TupleTag<>() {};
      return KeyedPCollectionTuple.of(childTag, pointers.apply("ByTarget", KvSwap.create()))
          .and(pointerTag, pointers)
          .apply("Group", shuffles.coGroupByKey())
          .apply("Follow", ParDo.of(new FollowFn(childTag, pointerTag, last)));
    }
  }

  static final class FollowFn extends DoFn<KV<String, CoGbkResult>, KV<String, String>> {
    private final TupleTag<String> childTag;
    private final TupleTag<String> pointerTag;
    private final boolean counting;
    private final Counter deep = Metrics.counter(STAGE, "deep_chains");

    FollowFn(TupleTag<String> childTag, TupleTag<String> pointerTag, boolean counting) {
      this.childTag = childTag;
      this.pointerTag = pointerTag;
      this.counting = counting;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> target, OutputReceiver<KV<String, String>> out) {
      String next = target.getValue().getOnly(pointerTag, null);
      for (String child : target.getValue().getAll(childTag)) {
        if (next != null && counting) {
          deep.inc();
        }
        out.output(KV.of(child, next != null ? next : target.getKey()));
      }
    }
  }

  static final class ToArticleIdsFn extends DoFn<KV<String, String>, KV<String, String>> {
    @ProcessElement
    public void process(@Element KV<String, String> pointer, OutputReceiver<KV<String, String>> out) {
      out.output(KV.of(DuplicateRank.articleId(pointer.getKey()), DuplicateRank.articleId(pointer.getValue())));
    }
  }

  static final class MarkFn extends DoFn<KV<String, CoGbkResult>, Article> {
    private final TupleTag<Article> articleTag;
    private final TupleTag<String> representativeTag;
    private final Counter duplicates = Metrics.counter(STAGE, "duplicates");

    MarkFn(TupleTag<Article> articleTag, TupleTag<String> representativeTag) {
      this.articleTag = articleTag;
      this.representativeTag = representativeTag;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> byId, OutputReceiver<Article> out) {
      String representative = byId.getValue().getOnly(representativeTag, null);
      for (Article article : byId.getValue().getAll(articleTag)) {
        if (representative == null) {
          out.output(article);
        } else {
          duplicates.inc();
          out.output(Article.newBuilder(article).setDuplicateOf(representative).build());
        }
      }
    }
  }
}
