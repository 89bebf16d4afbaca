package org.arabicnews.triples.pipeline;

import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.KvSwap;
import org.apache.beam.sdk.transforms.Min;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Top;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.arabicnews.triples.Reason;
import org.arabicnews.triples.events.DuplicateRank;
import org.arabicnews.triples.events.Fingerprint;
import org.arabicnews.triples.events.Fingerprinter;
import org.arabicnews.triples.events.LshBands;
import org.arabicnews.triples.events.MinHash;
import org.arabicnews.triples.schema.Article;
import org.arabicnews.triples.schema.DeadLetter;

/**
 * Marks exact and near-duplicate articles: {@code duplicate_of} becomes the article_id of the cluster's
 * representative. Only ranks (short strings holding the article id), bucket hashes and 512-byte signatures are
 * shuffled, never article text; no step holds a list that grows with the input. See docs/aggregation.md.
 *
 * <pre>
 * Fingerprint → exact buckets ─────────────────────→ link to the bucket's best rank ─┐
 *             → LSH band buckets → link to the bucket's {@value #PIVOTS_PER_BUCKET} best ranks → verify ─┤
 *                                                            parent = best linked rank ┘
 *   → pointer jumping ({@value #JUMP_ROUNDS} rounds) → duplicate → representative → MarkDuplicates
 * </pre>
 */
public final class DeduplicateArticles
    extends PTransform<PCollection<Article>, WithFailures.Result<PCollection<Article>, DeadLetter>> {
  static final String STAGE = "DeduplicateArticles";
  /** Articles of a bucket that the others are compared with: the bucket's best-ranked ones. */
  static final int PIVOTS_PER_BUCKET = 8;
  /** Pointer-jumping rounds: chains of parents up to 2^rounds deep end at their root. */
  static final int JUMP_ROUNDS = 4;

  private final double threshold;

  DeduplicateArticles(double threshold) {
    this.threshold = threshold;
  }

  @Override
  public WithFailures.Result<PCollection<Article>, DeadLetter> expand(PCollection<Article> articles) {
    TupleTag<KV<Long, String>> exact = new TupleTag<>() {};
    TupleTag<KV<Long, String>> bands = new TupleTag<>() {};
    TupleTag<KV<String, byte[]>> signatures = new TupleTag<>() {};
    PCollectionTuple fingerprints = articles.apply("Fingerprint",
        ParDo.of(new FingerprintFn(threshold, exact, bands, signatures))
            .withOutputTags(exact, TupleTagList.of(bands).and(signatures).and(DeadLetters.TAG)));

    PCollection<KV<String, String>> exactLinks = linkToPivots("ExactBuckets", fingerprints.get(exact), 1);
    PCollection<KV<String, String>> candidates = linkToPivots("BandBuckets", fingerprints.get(bands),
        PIVOTS_PER_BUCKET).apply("DistinctCandidates", Distinct.create());
    PCollection<KV<String, String>> verified = verify(candidates, fingerprints.get(signatures), threshold);

    PCollection<KV<String, String>> pointers = PCollectionList.of(exactLinks).and(verified)
        .apply("AllLinks", Flatten.pCollections())
        .apply("BestRankedParent", Min.perKey());
    for (int round = 1; round <= JUMP_ROUNDS + 1; round++) {
      pointers = pointers.apply("Jump" + round, new JumpPointers(round > JUMP_ROUNDS));
    }
    PCollectionView<Map<String, String>> representatives = pointers
        .apply("ToArticleIds", ParDo.of(new ToArticleIdsFn()))
        .apply("RepresentativeView", View.asMap());

    PCollection<Article> marked = articles.apply("MarkDuplicates",
        ParDo.of(new MarkFn(representatives)).withSideInputs(representatives));
    return WithFailures.Result.of(marked, fingerprints.get(DeadLetters.TAG));
  }

  /**
   * For each bucket, links every member to each of the bucket's {@code pivots} best ranks that rank above it:
   * (member rank, pivot rank) pairs.
   */
  private static PCollection<KV<String, String>> linkToPivots(String name, PCollection<KV<Long, String>> members,
      int pivots) {
    TupleTag<String> memberTag = new TupleTag<>() {};
    TupleTag<List<String>> pivotTag = new TupleTag<>() {};
    PCollection<KV<Long, List<String>>> best = members.apply(name + "Pivots", Top.smallestPerKey(pivots));
    return KeyedPCollectionTuple.of(memberTag, members).and(pivotTag, best)
        .apply(name + "Group", CoGroupByKey.create())
        .apply(name + "Links", ParDo.of(new DoFn<KV<Long, CoGbkResult>, KV<String, String>>() {
          @ProcessElement
          public void process(@Element KV<Long, CoGbkResult> bucket, OutputReceiver<KV<String, String>> out) {
            List<String> bestRanks = bucket.getValue().getOnly(pivotTag);
            for (String member : bucket.getValue().getAll(memberTag)) {
              for (String pivot : bestRanks) {
                if (pivot.compareTo(member) < 0) {
                  out.output(KV.of(member, pivot));
                }
              }
            }
          }
        }));
  }

  /** Keeps the candidate pairs whose signatures agree on at least the threshold share of positions. */
  private static PCollection<KV<String, String>> verify(PCollection<KV<String, String>> candidates,
      PCollection<KV<String, byte[]>> signatures, double threshold) {
    TupleTag<byte[]> signatureTag = new TupleTag<>() {};
    TupleTag<String> pivotTag = new TupleTag<>() {};
    TupleTag<KV<String, byte[]>> memberTag = new TupleTag<>() {};
    PCollection<KV<String, KV<String, byte[]>>> toPivots = KeyedPCollectionTuple.of(signatureTag, signatures)
        .and(pivotTag, candidates)
        .apply("JoinMemberSignatures", CoGroupByKey.create())
        .apply("SendToPivots", ParDo.of(new DoFn<KV<String, CoGbkResult>, KV<String, KV<String, byte[]>>>() {
          @ProcessElement
          public void process(@Element KV<String, CoGbkResult> member,
              OutputReceiver<KV<String, KV<String, byte[]>>> out) {
            byte[] signature = member.getValue().getOnly(signatureTag, null);
            if (signature == null) {
              return;
            }
            for (String pivot : member.getValue().getAll(pivotTag)) {
              out.output(KV.of(pivot, KV.of(member.getKey(), signature)));
            }
          }
        }));
    return KeyedPCollectionTuple.of(signatureTag, signatures).and(memberTag, toPivots)
        .apply("JoinPivotSignatures", CoGroupByKey.create())
        .apply("CompareSignatures", ParDo.of(new DoFn<KV<String, CoGbkResult>, KV<String, String>>() {
          private final Counter compared = Metrics.counter(STAGE, "candidate_pairs");
          private final Counter similar = Metrics.counter(STAGE, "near_duplicate_pairs");

          @ProcessElement
          public void process(@Element KV<String, CoGbkResult> pivot, OutputReceiver<KV<String, String>> out) {
            byte[] pivotSignature = pivot.getValue().getOnly(signatureTag, null);
            if (pivotSignature == null) {
              return;
            }
            int[] p = MinHash.fromBytes(pivotSignature);
            for (KV<String, byte[]> member : pivot.getValue().getAll(memberTag)) {
              compared.inc();
              if (MinHash.similarity(p, MinHash.fromBytes(member.getValue())) >= threshold) {
                similar.inc();
                out.output(KV.of(member.getKey(), pivot.getKey()));
              }
            }
          }
        }));
  }

  /**
   * One round of pointer jumping over (rank, parent rank) pairs: every article's pointer moves to its target's
   * pointer, when the target has one. Roots have no pointer, so after r rounds every chain up to 2^r deep ends at
   * its root. The last round counts the articles whose target still had a pointer: chains deeper than that.
   */
  static final class JumpPointers extends PTransform<PCollection<KV<String, String>>, PCollection<KV<String, String>>> {
    private final boolean last;

    JumpPointers(boolean last) {
      this.last = last;
    }

    @Override
    public PCollection<KV<String, String>> expand(PCollection<KV<String, String>> pointers) {
      TupleTag<String> childTag = new TupleTag<>() {};
      TupleTag<String> pointerTag = new TupleTag<>() {};
      boolean counting = last;
      return KeyedPCollectionTuple.of(childTag, pointers.apply("ByTarget", KvSwap.create()))
          .and(pointerTag, pointers)
          .apply("Group", CoGroupByKey.create())
          .apply("Follow", ParDo.of(new DoFn<KV<String, CoGbkResult>, KV<String, String>>() {
            private final Counter unresolved = Metrics.counter(STAGE, "unresolved_chains");

            @ProcessElement
            public void process(@Element KV<String, CoGbkResult> target, OutputReceiver<KV<String, String>> out) {
              String next = target.getValue().getOnly(pointerTag, null);
              for (String child : target.getValue().getAll(childTag)) {
                if (next != null && counting) {
                  unresolved.inc();
                }
                out.output(KV.of(child, next != null ? next : target.getKey()));
              }
            }
          }));
    }
  }

  static final class FingerprintFn extends DoFn<Article, KV<Long, String>> {
    private final double threshold;
    private final TupleTag<KV<Long, String>> exactTag;
    private final TupleTag<KV<Long, String>> bandTag;
    private final TupleTag<KV<String, byte[]>> signatureTag;
    private final Counter articles = Metrics.counter(STAGE, "articles");
    private final Counter exactOnly = Metrics.counter(STAGE, "exact_comparison_only");
    private final Counter noWords = Metrics.counter(STAGE, "no_words");
    private transient Fingerprinter fingerprinter;
    private transient LshBands banding;

    FingerprintFn(double threshold, TupleTag<KV<Long, String>> exactTag, TupleTag<KV<Long, String>> bandTag,
        TupleTag<KV<String, byte[]>> signatureTag) {
      this.threshold = threshold;
      this.exactTag = exactTag;
      this.bandTag = bandTag;
      this.signatureTag = signatureTag;
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
      out.get(exactTag).output(KV.of(fp.exactKey(), fp.rank()));
      if (!fp.nearDuplicateCandidate()) {
        exactOnly.inc();
        return;
      }
      for (long bucket : banding.buckets(fp.signature())) {
        out.get(bandTag).output(KV.of(bucket, fp.rank()));
      }
      out.get(signatureTag).output(KV.of(fp.rank(), MinHash.toBytes(fp.signature())));
    }
  }

  static final class ToArticleIdsFn extends DoFn<KV<String, String>, KV<String, String>> {
    @ProcessElement
    public void process(@Element KV<String, String> pointer, OutputReceiver<KV<String, String>> out) {
      out.output(KV.of(DuplicateRank.articleId(pointer.getKey()), DuplicateRank.articleId(pointer.getValue())));
    }
  }

  static final class MarkFn extends DoFn<Article, Article> {
    private final PCollectionView<Map<String, String>> representatives;
    private final Counter duplicates = Metrics.counter(STAGE, "duplicates");

    MarkFn(PCollectionView<Map<String, String>> representatives) {
      this.representatives = representatives;
    }

    @ProcessElement
    public void process(ProcessContext context) {
      Article article = context.element();
      String representative = context.sideInput(representatives).get(article.getArticleId());
      if (representative == null) {
        context.output(article);
        return;
      }
      duplicates.inc();
      context.output(Article.newBuilder(article).setDuplicateOf(representative).build());
    }
  }
}
