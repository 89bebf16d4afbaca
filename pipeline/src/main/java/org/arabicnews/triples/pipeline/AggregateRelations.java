package org.arabicnews.triples.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
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
import org.arabicnews.triples.events.ArticleFacts;
import org.arabicnews.triples.events.ClusterReport;
import org.arabicnews.triples.events.EventKey;
import org.arabicnews.triples.events.EventStats;
import org.arabicnews.triples.events.Facet;
import org.arabicnews.triples.events.Mention;
import org.arabicnews.triples.events.NewsDates;
import org.arabicnews.triples.events.TitleHolders;
import org.arabicnews.triples.events.TitleVote;
import org.arabicnews.triples.schema.AnnotatedArticle;
import org.arabicnews.triples.schema.Article;
import org.arabicnews.triples.schema.DeadLetter;
import org.arabicnews.triples.schema.Relation;
import org.arabicnews.triples.schema.Triple;

/**
 * Aggregates triples into the relations table, one row per event (subject key, relation, object key, day) or
 * fact, the way GDELT's events table sums up its mentions. See docs/aggregation.md.
 *
 * <pre>
 * triples → ToMentions ─┐
 * articles → ArticleFacts ┴ JoinArticles → ResolveTitles (side input: TitleVotes from entities) → KeyEvents
 *   → per (event, cluster) → per event: EventStats ─┐
 *   → distinct (event, source) → count: num_sources ├ JoinParts → relations
 *   → (event, facet, value) counts → most frequent ─┘
 * </pre>
 *
 * Every Combine keeps a bounded accumulator; distinct counts are made exact by keying one level lower first.
 */
public final class AggregateRelations
    extends PTransform<PCollectionTuple, WithFailures.Result<PCollection<Relation>, DeadLetter>> {
  static final String STAGE = "AggregateRelations";
  static final TupleTag<Article> ARTICLES = new TupleTag<>("articles") {};
  static final TupleTag<AnnotatedArticle> ANNOTATED = new TupleTag<>("annotated") {};
  static final TupleTag<Triple> TRIPLES = new TupleTag<>("triples") {};

  private static final char SEPARATOR = '\u001f';
  private static final KvCoder<String, Mention> KEYED_MENTION = KvCoder.of(StringUtf8Coder.of(), DataCoder.MENTION);

  private final int titleWindowDays;

  AggregateRelations(int titleWindowDays) {
    this.titleWindowDays = titleWindowDays;
  }

  @Override
  public WithFailures.Result<PCollection<Relation>, DeadLetter> expand(PCollectionTuple input) {
    TupleTag<KV<String, Mention>> mentionTag = new TupleTag<>() {};
    PCollectionTuple fromTriples = input.get(TRIPLES).apply("ToMentions",
        ParDo.of(new ToMentionFn(mentionTag)).withOutputTags(mentionTag, TupleTagList.of(DeadLetters.TAG)));
    PCollection<KV<String, Mention>> byArticle = fromTriples.get(mentionTag).setCoder(KEYED_MENTION);

    PCollection<KV<String, ArticleFacts>> facts = input.get(ARTICLES)
        .apply("ArticleFacts", ParDo.of(new DoFn<Article, KV<String, ArticleFacts>>() {
          @ProcessElement
          public void process(@Element Article a, OutputReceiver<KV<String, ArticleFacts>> out) {
            out.output(KV.of(a.getArticleId(),
                ArticleFacts.of(a.getArticleId(), a.getDuplicateOf(), a.getSourceName(), a.getPublished())));
          }
        }))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), DataCoder.ARTICLE_FACTS));

    TupleTag<ArticleFacts> factsTag = new TupleTag<>() {};
    TupleTag<Mention> inArticleTag = new TupleTag<>() {};
    PCollectionTuple joined = KeyedPCollectionTuple.of(factsTag, facts).and(inArticleTag, byArticle)
        .apply("GroupByArticle", CoGroupByKey.create())
        .apply("JoinArticles", ParDo.of(new JoinArticleFn(factsTag, inArticleTag, mentionTag))
            .withOutputTags(mentionTag, TupleTagList.of(DeadLetters.TAG)));

    PCollectionView<Map<String, Iterable<KV<String, Long>>>> titleVotes = input.get(ANNOTATED)
        .apply("TitleLinks", ParDo.of(new TitleLinkFn()))
        .apply("CountTitleLinks", Count.perElement())
        .apply("VotesByTitle", ParDo.of(new DoFn<KV<String, Long>, KV<String, KV<String, Long>>>() {
          @ProcessElement
          public void process(@Element KV<String, Long> link, OutputReceiver<KV<String, KV<String, Long>>> out) {
            int cut = link.getKey().indexOf(SEPARATOR);
            out.output(KV.of(link.getKey().substring(0, cut), KV.of(link.getKey().substring(cut + 1), link.getValue())));
          }
        }))
        .apply("TitleVoteView", View.asMultimap());

    PCollection<KV<String, Mention>> events = joined.get(mentionTag).setCoder(KEYED_MENTION)
        .apply("ResolveTitles", ParDo.of(new ResolveFn(titleVotes, titleWindowDays)).withSideInputs(titleVotes))
        .setCoder(KEYED_MENTION);

    PCollection<KV<String, EventStats>> stats = events
        .apply("ByEventAndCluster", ParDo.of(new DoFn<KV<String, Mention>, KV<String, Mention>>() {
          @ProcessElement
          public void process(@Element KV<String, Mention> e, OutputReceiver<KV<String, Mention>> out) {
            out.output(KV.of(e.getKey() + SEPARATOR + e.getValue().clusterId(), e.getValue()));
          }
        })).setCoder(KEYED_MENTION)
        .apply("PerCluster", Combine.perKey(new ClusterFn()))
        .apply("ByEvent", ParDo.of(new DoFn<KV<String, ClusterReport>, KV<String, ClusterReport>>() {
          @ProcessElement
          public void process(@Element KV<String, ClusterReport> c, OutputReceiver<KV<String, ClusterReport>> out) {
            out.output(KV.of(c.getKey().substring(0, c.getKey().lastIndexOf(SEPARATOR)), c.getValue()));
          }
        })).setCoder(KvCoder.of(StringUtf8Coder.of(), DataCoder.CLUSTER_REPORT))
        .apply("PerEvent", Combine.perKey(new EventFn()));

    PCollection<KV<String, Long>> sources = events
        .apply("EventSources", ParDo.of(new DoFn<KV<String, Mention>, KV<String, String>>() {
          @ProcessElement
          public void process(@Element KV<String, Mention> e, OutputReceiver<KV<String, String>> out) {
            if (e.getValue().sourceName() != null) {
              out.output(KV.of(e.getKey(), e.getValue().sourceName()));
            }
          }
        }))
        .apply("DistinctSources", Distinct.create())
        .apply("CountSources", Count.perKey());

    PCollection<KV<String, KV<String, List<String>>>> facets = events
        .apply("FacetValues", ParDo.of(new DoFn<KV<String, Mention>, KV<KV<String, String>, String>>() {
          @ProcessElement
          public void process(@Element KV<String, Mention> e, OutputReceiver<KV<KV<String, String>, String>> out) {
            for (Facet.Kind kind : Facet.Kind.values()) {
              String value = Facet.valueOf(kind, e.getValue());
              if (value != null) {
                out.output(KV.of(KV.of(e.getKey(), kind.name()), value));
              }
            }
          }
        }))
        .apply("CountFacetValues", Count.perElement())
        .apply("ToFacets", ParDo.of(new DoFn<KV<KV<KV<String, String>, String>, Long>,
            KV<KV<String, String>, Facet>>() {
          @ProcessElement
          public void process(@Element KV<KV<KV<String, String>, String>, Long> c,
              OutputReceiver<KV<KV<String, String>, Facet>> out) {
            out.output(KV.of(c.getKey().getKey(), new Facet(c.getKey().getValue(), c.getValue())));
          }
        }))
        .setCoder(KvCoder.of(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()), DataCoder.FACET))
        .apply("MostFrequent", Top.perKey(maxKept(), new Facet.Frequency()))
        .apply("FacetsByEvent", ParDo.of(new DoFn<KV<KV<String, String>, List<Facet>>,
            KV<String, KV<String, List<String>>>>() {
          @ProcessElement
          public void process(@Element KV<KV<String, String>, List<Facet>> top,
              OutputReceiver<KV<String, KV<String, List<String>>>> out) {
            String kind = top.getKey().getValue();
            List<String> values = new ArrayList<>();
            for (Facet f : top.getValue().subList(0, Math.min(Facet.Kind.valueOf(kind).kept(), top.getValue().size()))) {
              values.add(f.value());
            }
            out.output(KV.of(top.getKey().getKey(), KV.of(kind, values)));
          }
        }))
        .setCoder(KvCoder.of(StringUtf8Coder.of(),
            KvCoder.of(StringUtf8Coder.of(), ListCoder.of(StringUtf8Coder.of()))));

    TupleTag<EventStats> statsTag = new TupleTag<>() {};
    TupleTag<Long> sourcesTag = new TupleTag<>() {};
    TupleTag<KV<String, List<String>>> facetsTag = new TupleTag<>() {};
    PCollection<Relation> relations = KeyedPCollectionTuple.of(statsTag, stats).and(sourcesTag, sources)
        .and(facetsTag, facets)
        .apply("GroupParts", CoGroupByKey.create())
        .apply("ToRows", ParDo.of(new ToRowFn(statsTag, sourcesTag, facetsTag)));

    PCollection<DeadLetter> failures = PCollectionList.of(fromTriples.get(DeadLetters.TAG))
        .and(joined.get(DeadLetters.TAG))
        .apply("CollectFailures", Flatten.pCollections());
    return WithFailures.Result.of(relations, failures);
  }

  private static int maxKept() {
    int max = 1;
    for (Facet.Kind kind : Facet.Kind.values()) {
      max = Math.max(max, kind.kept());
    }
    return max;
  }

  /** Triples to mentions keyed by article; negated and planned events are not events that happened. */
  static final class ToMentionFn extends DoFn<Triple, KV<String, Mention>> {
    private final TupleTag<KV<String, Mention>> mentionTag;
    private final Counter negated = Metrics.counter(STAGE, "skipped_negated");
    private final Counter planned = Metrics.counter(STAGE, "skipped_planned");

    ToMentionFn(TupleTag<KV<String, Mention>> mentionTag) {
      this.mentionTag = mentionTag;
    }

    @ProcessElement
    public void process(@Element Triple t, MultiOutputReceiver out) {
      if ("negative".equals(t.getPolarity())) {
        negated.inc();
        return;
      }
      if ("planned".equals(t.getModality())) {
        planned.inc();
        return;
      }
      Mention m;
      try {
        m = Mention.ofTriple(t.getArticleId(), t.getSubjectKey(), t.getSubjectType(), t.getSubject(),
            t.getRelation(), t.getCameoCode(), t.getPlover(), t.getObjectKey(), t.getObjectType(), t.getObject(),
            t.getLocation(), t.getEventDate(), t.getConfidence());
      } catch (RuntimeException e) {
        // A triple carries no input_uri: the article it came from stands in for it.
        DeadLetters.emit(out, STAGE, t.getArticleId(), t.getTripleId(), Reason.INTERNAL_ERROR,
            "Triple could not be read for aggregation: " + e, t.getSentence());
        return;
      }
      out.get(mentionTag).output(KV.of(t.getArticleId(), m));
    }
  }

  /** Puts each mention under its article's cluster, outlet and publication time. */
  static final class JoinArticleFn extends DoFn<KV<String, CoGbkResult>, KV<String, Mention>> {
    private final TupleTag<ArticleFacts> factsTag;
    private final TupleTag<Mention> mentionTag;
    private final TupleTag<KV<String, Mention>> outTag;
    private final Counter mentions = Metrics.counter(STAGE, "mentions");

    JoinArticleFn(TupleTag<ArticleFacts> factsTag, TupleTag<Mention> mentionTag,
        TupleTag<KV<String, Mention>> outTag) {
      this.factsTag = factsTag;
      this.mentionTag = mentionTag;
      this.outTag = outTag;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> article, MultiOutputReceiver out) {
      ArticleFacts facts = article.getValue().getOnly(factsTag, null);
      for (Mention m : article.getValue().getAll(mentionTag)) {
        if (facts == null) {
          DeadLetters.emit(out, STAGE, article.getKey(), article.getKey(), Reason.INTERNAL_ERROR,
              "Triple of an article the run does not have: " + m.subjectKey() + " " + m.relation() + " "
                  + m.objectKey(), null);
          continue;
        }
        mentions.inc();
        out.get(outTag).output(KV.of(article.getKey(),
            m.inArticle(facts.clusterId(), facts.sourceName(), facts.published())));
      }
    }
  }

  /** One vote per article for each (title, person) link it makes: {@code title␟person␟day}. */
  static final class TitleLinkFn extends DoFn<AnnotatedArticle, String> {
    @ProcessElement
    public void process(@Element AnnotatedArticle a, OutputReceiver<String> out) {
      String day = NewsDates.day(a.getArticle().getPublished());
      for (Map.Entry<String, String> link : TitleHolders.links(Rows.entities(a.getEntities()))) {
        out.output(link.getKey() + SEPARATOR + link.getValue() + SEPARATOR + (day == null ? "" : day));
      }
    }
  }

  /** Replaces title keys by the person holding the title at the time, orders symmetric keys, keys the event. */
  static final class ResolveFn extends DoFn<KV<String, Mention>, KV<String, Mention>> {
    private final PCollectionView<Map<String, Iterable<KV<String, Long>>>> titleVotes;
    private final int windowDays;
    private final Counter resolved = Metrics.counter(STAGE, "titles_resolved");
    private final Counter unresolved = Metrics.counter(STAGE, "titles_unresolved");
    private transient Map<String, List<TitleVote>> votesByTitle;

    ResolveFn(PCollectionView<Map<String, Iterable<KV<String, Long>>>> titleVotes, int windowDays) {
      this.titleVotes = titleVotes;
      this.windowDays = windowDays;
    }

    @StartBundle
    public void startBundle() {
      votesByTitle = new HashMap<>();
    }

    @ProcessElement
    public void process(ProcessContext context) {
      Mention m = context.element().getValue();
      Map<String, Iterable<KV<String, Long>>> votes = context.sideInput(titleVotes);
      String day = m.eventDate() != null ? m.eventDate() : m.seenDay();
      Mention resolvedMention = m.withKeys(resolve(votes, m.subjectType(), m.subjectKey(), day),
          resolve(votes, m.objectType(), m.objectKey(), day));
      Mention canonical = EventKey.canonical(resolvedMention);
      context.output(KV.of(EventKey.of(canonical).encode(), canonical));
    }

    private String resolve(Map<String, Iterable<KV<String, Long>>> votes, String type, String key, String day) {
      if (!("TITLE".equals(type) || "PER".equals(type))) {
        return key;
      }
      List<TitleVote> forTitle = votesByTitle.computeIfAbsent(key, title -> {
        List<TitleVote> list = new ArrayList<>();
        Iterable<KV<String, Long>> raw = votes.get(title);
        if (raw != null) {
          for (KV<String, Long> v : raw) {
            int cut = v.getKey().indexOf(SEPARATOR);
            String voteDay = v.getKey().substring(cut + 1);
            list.add(new TitleVote(v.getKey().substring(0, cut), voteDay.isEmpty() ? null : voteDay, v.getValue()));
          }
        }
        return list;
      });
      if (forTitle.isEmpty()) {
        return key;
      }
      String holder = TitleHolders.holder(forTitle, day, windowDays);
      (holder != null ? resolved : unresolved).inc();
      return holder != null ? holder : key;
    }
  }

  static final class ClusterFn extends Combine.CombineFn<Mention, ClusterReport, ClusterReport> {
    @Override
    public ClusterReport createAccumulator() {
      return new ClusterReport();
    }

    @Override
    public ClusterReport addInput(ClusterReport acc, Mention m) {
      return acc.add(m);
    }

    @Override
    public ClusterReport mergeAccumulators(Iterable<ClusterReport> accs) {
      ClusterReport merged = new ClusterReport();
      for (ClusterReport a : accs) {
        merged.merge(a);
      }
      return merged;
    }

    @Override
    public ClusterReport extractOutput(ClusterReport acc) {
      return acc;
    }

    @Override
    public org.apache.beam.sdk.coders.Coder<ClusterReport> getAccumulatorCoder(
        org.apache.beam.sdk.coders.CoderRegistry registry, org.apache.beam.sdk.coders.Coder<Mention> input) {
      return DataCoder.CLUSTER_REPORT;
    }

    @Override
    public org.apache.beam.sdk.coders.Coder<ClusterReport> getDefaultOutputCoder(
        org.apache.beam.sdk.coders.CoderRegistry registry, org.apache.beam.sdk.coders.Coder<Mention> input) {
      return DataCoder.CLUSTER_REPORT;
    }
  }

  static final class EventFn extends Combine.CombineFn<ClusterReport, EventStats, EventStats> {
    @Override
    public EventStats createAccumulator() {
      return new EventStats();
    }

    @Override
    public EventStats addInput(EventStats acc, ClusterReport r) {
      return acc.add(r);
    }

    @Override
    public EventStats mergeAccumulators(Iterable<EventStats> accs) {
      EventStats merged = new EventStats();
      for (EventStats a : accs) {
        merged.merge(a);
      }
      return merged;
    }

    @Override
    public EventStats extractOutput(EventStats acc) {
      return acc;
    }

    @Override
    public org.apache.beam.sdk.coders.Coder<EventStats> getAccumulatorCoder(
        org.apache.beam.sdk.coders.CoderRegistry registry, org.apache.beam.sdk.coders.Coder<ClusterReport> input) {
      return DataCoder.EVENT_STATS;
    }

    @Override
    public org.apache.beam.sdk.coders.Coder<EventStats> getDefaultOutputCoder(
        org.apache.beam.sdk.coders.CoderRegistry registry, org.apache.beam.sdk.coders.Coder<ClusterReport> input) {
      return DataCoder.EVENT_STATS;
    }
  }

  static final class ToRowFn extends DoFn<KV<String, CoGbkResult>, Relation> {
    private final TupleTag<EventStats> statsTag;
    private final TupleTag<Long> sourcesTag;
    private final TupleTag<KV<String, List<String>>> facetsTag;
    private final Counter events = Metrics.counter(STAGE, "relations");

    ToRowFn(TupleTag<EventStats> statsTag, TupleTag<Long> sourcesTag, TupleTag<KV<String, List<String>>> facetsTag) {
      this.statsTag = statsTag;
      this.sourcesTag = sourcesTag;
      this.facetsTag = facetsTag;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> parts, OutputReceiver<Relation> out) {
      EventKey key = EventKey.decode(parts.getKey());
      EventStats stats = parts.getValue().getOnly(statsTag);
      Map<String, List<String>> facets = new HashMap<>();
      for (KV<String, List<String>> f : parts.getValue().getAll(facetsTag)) {
        facets.put(f.getKey(), f.getValue());
      }
      events.inc();
      out.output(Relation.newBuilder()
          .setRelationId(key.relationId())
          .setSubjectKey(key.subjectKey())
          .setSubjectLabel(first(facets, Facet.Kind.SUBJECT_LABEL, key.subjectKey()))
          .setRelation(key.relation())
          .setCameoCode(first(facets, Facet.Kind.CAMEO, null))
          .setPlover(first(facets, Facet.Kind.PLOVER, null))
          .setObjectKey(key.objectKey())
          .setObjectLabel(first(facets, Facet.Kind.OBJECT_LABEL, key.objectKey()))
          .setEventDay(key.day())
          .setNumMentions(stats.mentions())
          .setNumArticles(stats.articles())
          .setNumSources(parts.getValue().getOnly(sourcesTag, 0L))
          .setFirstSeen(stats.firstSeen())
          .setLastSeen(stats.lastSeen())
          .setConfidence((float) stats.confidence())
          .setSampleArticleIds(stats.sampleArticleIds())
          .setLocations(facets.getOrDefault(Facet.Kind.LOCATION.name(), List.of()))
          .build());
    }

    private static String first(Map<String, List<String>> facets, Facet.Kind kind, String fallback) {
      List<String> values = facets.get(kind.name());
      return values == null || values.isEmpty() ? fallback : values.get(0);
    }
  }
}
