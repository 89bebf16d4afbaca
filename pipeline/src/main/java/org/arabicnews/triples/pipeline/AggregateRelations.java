package org.arabicnews.triples.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.arabicnews.triples.Reason;
import org.arabicnews.triples.events.ArticleDates;
import org.arabicnews.triples.events.ArticleFacts;
import org.arabicnews.triples.events.ClusterReport;
import org.arabicnews.triples.events.EventKey;
import org.arabicnews.triples.events.EventStats;
import org.arabicnews.triples.events.FullNames;
import org.arabicnews.triples.events.Mention;
import org.arabicnews.triples.events.NewsDates;
import org.arabicnews.triples.events.AliasVote;
import org.arabicnews.triples.events.Aliases;
import org.arabicnews.triples.schema.AnnotatedArticle;
import org.arabicnews.triples.schema.Article;
import org.arabicnews.triples.schema.DeadLetter;
import org.arabicnews.triples.schema.Entity;
import org.arabicnews.triples.schema.Relation;
import org.arabicnews.triples.schema.Triple;
import org.arabicnews.triples.text.ArabicNormalizer;

/**
 * Aggregates triples into the relations table, one row per event (subject key, relation, object key, day) or
 * fact, the way GDELT's events table sums up its mentions. See docs/aggregation.md.
 *
 * <pre>
 * triples → ToMentions ─────────────┐
 * articles → ArticleFacts ───────────┤
 * entities → AliasLinks: per article ┴ GroupByArticle → JoinArticles (side input: the run's alias votes)
 *   → PerCluster: Combine per (event, cluster) → PerEvent: Combine per event → ToRows
 * </pre>
 *
 * Both Combines keep bounded accumulators; num_articles counts clusters exactly because the first Combine is keyed
 * one level lower. Two shuffle keys per event and cluster, plus one per article for the join; on the DirectRunner,
 * which pays per distinct key, the shuffles group by a bounded number of key buckets ({@link KeyedShuffles}).
 */
public final class AggregateRelations
    extends PTransform<PCollectionTuple, WithFailures.Result<PCollection<Relation>, DeadLetter>> {
  static final String STAGE = "AggregateRelations";
  static final TupleTag<Article> ARTICLES = new TupleTag<>("articles") {};
  static final TupleTag<AnnotatedArticle> ANNOTATED = new TupleTag<>("annotated") {};
  static final TupleTag<Triple> TRIPLES = new TupleTag<>("triples") {};

  private static final char SEPARATOR = '\u001f';
  private static final KvCoder<String, Mention> KEYED_MENTION = KvCoder.of(StringUtf8Coder.of(), DataCoder.MENTION);

  private final int aliasWindowDays;
  private final KeyedShuffles shuffles;

  AggregateRelations(int aliasWindowDays, KeyedShuffles shuffles) {
    this.aliasWindowDays = aliasWindowDays;
    this.shuffles = shuffles;
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

    TupleTag<KV<String, Long>> voteTag = new TupleTag<>() {};
    TupleTag<KV<String, String>> articleLinkTag = new TupleTag<>() {};
    PCollectionTuple links = input.get(ANNOTATED).apply("AliasLinks",
        ParDo.of(new AliasLinkFn(voteTag, articleLinkTag)).withOutputTags(voteTag, TupleTagList.of(articleLinkTag)));
    PCollectionView<Map<String, Iterable<KV<String, Long>>>> aliasVotes = links.get(voteTag)
        .setCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of()))
        .apply("CountAliasLinks", shuffles.combinePerKey(Sum.ofLongs()))
        .apply("VotesByAlias", ParDo.of(new DoFn<KV<String, Long>, KV<String, KV<String, Long>>>() {
          @ProcessElement
          public void process(@Element KV<String, Long> link, OutputReceiver<KV<String, KV<String, Long>>> out) {
            int cut = link.getKey().indexOf(SEPARATOR);
            out.output(KV.of(link.getKey().substring(0, cut), KV.of(link.getKey().substring(cut + 1), link.getValue())));
          }
        }))
        .apply("AliasVoteView", View.asMultimap());

    PCollectionView<FullNames> fullNames = input.get(ANNOTATED)
        .apply("PersonKeys", ParDo.of(new DoFn<AnnotatedArticle, List<String>>() {
          @ProcessElement
          public void process(@Element AnnotatedArticle a, OutputReceiver<List<String>> out) {
            List<String> keys = new ArrayList<>();
            for (Entity e : a.getEntities()) {
              if ("PER".equals(e.getType()) && e.getCanonicalKey() != null) {
                keys.add(e.getCanonicalKey());
              }
            }
            out.output(keys);
          }
        })).setCoder(ListCoder.of(StringUtf8Coder.of()))
        .apply("FullNames", Combine.globally(new AccumulatorFn<List<String>, FullNames>(
            FullNames::new, FullNames::add, FullNames::merge, DataCoder.FULL_NAMES)).asSingletonView());

    TupleTag<ArticleFacts> factsTag = new TupleTag<>() {};
    TupleTag<Mention> inArticleTag = new TupleTag<>() {};
    TupleTag<String> linkTag = new TupleTag<>() {};
    PCollectionTuple joined = KeyedPCollectionTuple.of(factsTag, facts).and(inArticleTag, byArticle)
        .and(linkTag, links.get(articleLinkTag).setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())))
        .apply("GroupByArticle", shuffles.coGroupByKey())
        .apply("JoinArticles", ParDo.of(
                new JoinArticleFn(factsTag, inArticleTag, linkTag, mentionTag, aliasVotes, fullNames, aliasWindowDays))
            .withSideInputs(aliasVotes, fullNames)
            .withOutputTags(mentionTag, TupleTagList.of(DeadLetters.TAG)));
    PCollection<KV<String, Mention>> events = joined.get(mentionTag).setCoder(KEYED_MENTION);

    PCollection<Relation> relations = events
        .apply("ByEventAndCluster", ParDo.of(new DoFn<KV<String, Mention>, KV<String, Mention>>() {
          @ProcessElement
          public void process(@Element KV<String, Mention> e, OutputReceiver<KV<String, Mention>> out) {
            out.output(KV.of(e.getKey() + SEPARATOR + e.getValue().clusterId(), e.getValue()));
          }
        })).setCoder(KEYED_MENTION)
        .apply("PerCluster", shuffles.combinePerKey(new AccumulatorFn<Mention, ClusterReport>(
            ClusterReport::new, ClusterReport::add, ClusterReport::merge, DataCoder.CLUSTER_REPORT)))
        .apply("ByEvent", ParDo.of(new DoFn<KV<String, ClusterReport>, KV<String, ClusterReport>>() {
          @ProcessElement
          public void process(@Element KV<String, ClusterReport> c, OutputReceiver<KV<String, ClusterReport>> out) {
            out.output(KV.of(c.getKey().substring(0, c.getKey().lastIndexOf(SEPARATOR)), c.getValue()));
          }
        })).setCoder(KvCoder.of(StringUtf8Coder.of(), DataCoder.CLUSTER_REPORT))
        .apply("PerEvent", shuffles.combinePerKey(new AccumulatorFn<ClusterReport, EventStats>(
            EventStats::new, EventStats::add, EventStats::merge, DataCoder.EVENT_STATS)))
        .apply("ToRows", ParDo.of(new ToRowFn()));

    PCollection<DeadLetter> failures = PCollectionList.of(fromTriples.get(DeadLetters.TAG))
        .and(joined.get(DeadLetters.TAG))
        .apply("CollectFailures", Flatten.pCollections());
    return WithFailures.Result.of(relations, failures);
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

  /**
   * Per article: puts each mention under the article's cluster, outlet and publication time, gives a title or short
   * name the key of the person it refers to (see {@link #resolve}), orders symmetric keys, dates the undated events
   * from the article's dated ones ({@link ArticleDates}), and keys the event.
   */
  static final class JoinArticleFn extends DoFn<KV<String, CoGbkResult>, KV<String, Mention>> {
    private final TupleTag<ArticleFacts> factsTag;
    private final TupleTag<Mention> mentionTag;
    private final TupleTag<String> linkTag;
    private final TupleTag<KV<String, Mention>> outTag;
    private final PCollectionView<Map<String, Iterable<KV<String, Long>>>> aliasVotes;
    private final PCollectionView<FullNames> fullNames;
    private final int windowDays;
    private final Counter mentions = Metrics.counter(STAGE, "mentions");
    private final Counter inArticle = Metrics.counter(STAGE, "aliases_resolved_in_article");
    private final Counter resolved = Metrics.counter(STAGE, "aliases_resolved");
    private final Counter unresolved = Metrics.counter(STAGE, "aliases_unresolved");
    private final Counter toFullName = Metrics.counter(STAGE, "full_names_resolved");
    private final Counter datedFromArticle = Metrics.counter(STAGE, "dated_from_article");
    private transient Map<String, List<AliasVote>> votesByAlias;

    JoinArticleFn(TupleTag<ArticleFacts> factsTag, TupleTag<Mention> mentionTag, TupleTag<String> linkTag,
        TupleTag<KV<String, Mention>> outTag, PCollectionView<Map<String, Iterable<KV<String, Long>>>> aliasVotes,
        PCollectionView<FullNames> fullNames, int windowDays) {
      this.factsTag = factsTag;
      this.mentionTag = mentionTag;
      this.linkTag = linkTag;
      this.outTag = outTag;
      this.aliasVotes = aliasVotes;
      this.fullNames = fullNames;
      this.windowDays = windowDays;
    }

    @StartBundle
    public void startBundle() {
      votesByAlias = new HashMap<>();
    }

    @ProcessElement
    public void process(ProcessContext context) {
      KV<String, CoGbkResult> article = context.element();
      ArticleFacts facts = article.getValue().getOnly(factsTag, null);
      Map<String, Iterable<KV<String, Long>>> votes = context.sideInput(aliasVotes);
      FullNames names = context.sideInput(fullNames);
      Map<String, String> links = new HashMap<>();
      for (String link : article.getValue().getAll(linkTag)) {
        int cut = link.indexOf(SEPARATOR);
        // A name or title the article links to two people names neither.
        links.merge(link.substring(0, cut), link.substring(cut + 1), (x, y) -> x.equals(y) ? x : "");
      }
      List<Mention> keyed = new ArrayList<>();
      for (Mention m : article.getValue().getAll(mentionTag)) {
        if (facts == null) {
          context.output(DeadLetters.TAG, DeadLetters.of(STAGE, article.getKey(), article.getKey(),
              Reason.INTERNAL_ERROR, "Triple of an article the run does not have: " + m.subjectKey() + " "
                  + m.relation() + " " + m.objectKey(), null));
          continue;
        }
        mentions.inc();
        Mention placed = m.inArticle(facts.clusterId(), facts.sourceName(), facts.published());
        String day = placed.eventDate() != null ? placed.eventDate() : placed.seenDay();
        // A fact's object is its value (the title held, the body belonged to), not a reference to a person.
        String objectKey = EventKey.isFact(m.relation()) ? m.objectKey()
            : resolve(votes, names, links, m.objectType(), m.objectKey(), m.object(), day);
        keyed.add(EventKey.canonical(placed.withKeys(
            resolve(votes, names, links, m.subjectType(), m.subjectKey(), m.subject(), day), objectKey)));
      }
      List<Mention> dated = ArticleDates.inherit(keyed);
      for (int i = 0; i < dated.size(); i++) {
        Mention m = dated.get(i);
        if (keyed.get(i).eventDate() == null && m.eventDate() != null) {
          datedFromArticle.inc();
        }
        context.output(outTag, KV.of(EventKey.of(m).encode(), m));
      }
    }

    /**
     * The key a mention's argument counts under. A title is looked up by its key, a person by its written form
     * and then by its key: first among the links its own article makes (then, as a name, among the run's votes:
     * the article's «سلمان بن عبدالعزيز» may be another article's «سلمان بن عبدالعزيز آل سعود»); else among the
     * run's votes near {@code day}. A person's key does not move to a longer form of itself that fewer articles
     * write. The person found, or a person's own key, then takes the full name it stands for ({@link FullNames}).
     * Other types keep their key.
     */
    private String resolve(Map<String, Iterable<KV<String, Long>>> votes, FullNames names, Map<String, String> links,
        String type, String key, String surface, String day) {
      boolean title = "TITLE".equals(type);
      if (!title && !"PER".equals(type)) {
        return key;
      }
      String written = title ? key : ArabicNormalizer.match().normalizeToString(surface).strip();
      String linked = links.getOrDefault(written, links.get(key));
      String person;
      if (linked != null && !linked.isEmpty()) {
        inArticle.inc();
        person = resolveAs(votes, names, linked, linked, day);
      } else {
        String byName = title ? null : resolveAs(votes, names, written, null, day);
        person = byName != null ? byName : resolveAs(votes, names, key, key, day);
      }
      if (title && person.equals(key) || names.isRarerLongerForm(key, person)) {
        return key;
      }
      String full = names.resolve(person);
      if (!full.equals(person)) {
        toFullName.inc();
      }
      return full;
    }

    /**
     * The person {@code alias} refers to on {@code day} by the run's votes, else {@code otherwise}. A vote for a
     * leading name counts for its full name: «سلمان بن عبد العزيز» and «... ال سعود» are one person's votes.
     */
    private String resolveAs(Map<String, Iterable<KV<String, Long>>> votes, FullNames names, String alias,
        String otherwise, String day) {
      List<AliasVote> forAlias = votesByAlias.computeIfAbsent(alias, a -> {
        List<AliasVote> list = new ArrayList<>();
        Iterable<KV<String, Long>> raw = votes.get(a);
        if (raw != null) {
          for (KV<String, Long> v : raw) {
            int cut = v.getKey().indexOf(SEPARATOR);
            String voteDay = v.getKey().substring(cut + 1);
            list.add(new AliasVote(names.resolve(v.getKey().substring(0, cut)), voteDay.isEmpty() ? null : voteDay,
                v.getValue()));
          }
        }
        return list;
      });
      if (forAlias.isEmpty()) {
        return otherwise;
      }
      String person = Aliases.resolve(forAlias, day, windowDays);
      (person != null ? resolved : unresolved).inc();
      return person != null ? person : otherwise;
    }
  }

  /**
   * The (title or name, person) links each article makes: once per article as a vote {@code alias␟person␟day},
   * and keyed by the article as {@code alias␟person} for its own mentions.
   */
  static final class AliasLinkFn extends DoFn<AnnotatedArticle, KV<String, Long>> {
    private final TupleTag<KV<String, Long>> voteTag;
    private final TupleTag<KV<String, String>> articleLinkTag;

    AliasLinkFn(TupleTag<KV<String, Long>> voteTag, TupleTag<KV<String, String>> articleLinkTag) {
      this.voteTag = voteTag;
      this.articleLinkTag = articleLinkTag;
    }

    @ProcessElement
    public void process(@Element AnnotatedArticle a, MultiOutputReceiver out) {
      String day = NewsDates.day(a.getPublished());
      for (Map.Entry<String, String> link : Aliases.links(Rows.entities(a.getEntities()))) {
        String aliasToPerson = link.getKey() + SEPARATOR + link.getValue();
        out.get(voteTag).output(KV.of(aliasToPerson + SEPARATOR + (day == null ? "" : day), 1L));
        out.get(articleLinkTag).output(KV.of(a.getArticleId(), aliasToPerson));
      }
    }
  }

  static final class ToRowFn extends DoFn<KV<String, EventStats>, Relation> {
    private final Counter events = Metrics.counter(STAGE, "relations");
    private final Counter overflowed = Metrics.counter(STAGE, "relations_over_accumulator_caps");

    @ProcessElement
    public void process(@Element KV<String, EventStats> event, OutputReceiver<Relation> out) {
      EventKey key = EventKey.decode(event.getKey());
      EventStats stats = event.getValue();
      events.inc();
      if (stats.overflowed()) {
        overflowed.inc();
      }
      out.output(Relation.newBuilder()
          .setRelationId(key.relationId())
          .setSubjectKey(key.subjectKey())
          .setSubjectLabel(stats.subjectLabel() != null ? stats.subjectLabel() : key.subjectKey())
          .setRelation(key.relation())
          .setCameoCode(stats.cameoCode())
          .setPlover(stats.plover())
          .setObjectKey(key.objectKey())
          .setObjectLabel(stats.objectLabel() != null ? stats.objectLabel() : key.objectKey())
          .setEventDay(key.day())
          .setNumMentions(stats.mentions())
          .setNumArticles(stats.articles())
          .setNumSources(stats.sources())
          .setFirstSeen(stats.firstSeen())
          .setLastSeen(stats.lastSeen())
          .setConfidence((float) stats.confidence())
          .setSampleArticleIds(stats.sampleArticleIds())
          .setLocations(stats.locations())
          .build());
    }
  }
}
