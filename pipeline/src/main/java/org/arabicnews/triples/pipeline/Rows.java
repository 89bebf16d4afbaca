package org.arabicnews.triples.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.arabicnews.triples.StableId;
import org.arabicnews.triples.entities.Entity;
import org.arabicnews.triples.entities.EntityType;
import org.arabicnews.triples.ingest.InputRecord;
import org.arabicnews.triples.relations.Triple;
import org.arabicnews.triples.schema.AnnotatedArticle;
import org.arabicnews.triples.schema.Article;
import org.arabicnews.triples.schema.SourceRecord;
import org.arabicnews.triples.text.Sentence;

/** Conversions between the core's records and the Avro rows the pipeline carries and writes. */
final class Rows {
  private Rows() {}

  static SourceRecord sourceRecord(InputRecord r) {
    return SourceRecord.newBuilder()
        .setInputUri(r.inputUri())
        .setLocator(r.locator())
        .setFormat(r.format().code())
        .setRecordId(r.recordId())
        .setTitle(r.title())
        .setBody(r.body())
        .setUrl(r.url())
        .setPublished(r.published())
        .setSourceName(r.sourceName())
        .setFlags(new ArrayList<>(r.flags()))
        .build();
  }

  static AnnotatedArticle annotated(Article article, List<org.arabicnews.triples.schema.Entity> entities) {
    return AnnotatedArticle.newBuilder()
        .setArticleId(article.getArticleId())
        .setInputUri(article.getInputUri())
        .setPublished(article.getPublished())
        .setText(article.getText())
        .setEntities(entities)
        .build();
  }

  static org.arabicnews.triples.schema.Entity entity(String articleId, Entity e) {
    return org.arabicnews.triples.schema.Entity.newBuilder()
        .setEntityId(StableId.of(articleId, e.start(), e.end(), e.type()))
        .setArticleId(articleId)
        .setSentenceIndex(e.sentenceIndex())
        .setType(e.type().name())
        .setSurface(e.surface())
        .setNormalized(e.normalized())
        .setCanonicalKey(e.canonicalKey())
        .setStart(e.start())
        .setEnd(e.end())
        .setSource(e.source())
        .setConfidence((float) e.confidence())
        .build();
  }

  static Entity entity(org.arabicnews.triples.schema.Entity e) {
    return new Entity(EntityType.valueOf(e.getType()), e.getStart(), e.getEnd(), e.getSurface(), e.getNormalized(),
        e.getCanonicalKey(), e.getSource(), e.getConfidence(), e.getSentenceIndex());
  }

  static List<Entity> entities(List<org.arabicnews.triples.schema.Entity> rows) {
    List<Entity> entities = new ArrayList<>(rows.size());
    for (org.arabicnews.triples.schema.Entity row : rows) {
      entities.add(entity(row));
    }
    return entities;
  }

  static org.arabicnews.triples.schema.Triple triple(String articleId, String text, Sentence sentence, Triple t,
      String extractorVersion) {
    return org.arabicnews.triples.schema.Triple.newBuilder()
        .setTripleId(StableId.of(articleId, t.relation().label(), t.subject().start(), t.subject().end(),
            t.predicateStart(), t.predicateEnd(), t.object().start(), t.object().end()))
        .setArticleId(articleId)
        .setSentenceIndex(t.sentenceIndex())
        .setSentence(text.substring(sentence.start(), sentence.end()))
        .setSentenceStart(sentence.start())
        .setSentenceEnd(sentence.end())
        .setSubject(t.subject().surface())
        .setSubjectType(t.subject().type().name())
        .setSubjectKey(t.subject().canonicalKey())
        .setPredicate(text.substring(t.predicateStart(), t.predicateEnd()))
        .setRelation(t.relation().label())
        .setCameoCode(t.cameoCode())
        .setPlover(t.plover())
        .setObject(t.object().surface())
        .setObjectType(t.object().type().name())
        .setObjectKey(t.object().canonicalKey())
        .setLocation(t.location())
        .setEventDate(t.eventDate())
        .setPolarity(t.polarity().label())
        .setModality(t.modality().label())
        .setConfidence((float) t.confidence())
        .setSubjectStart(t.subject().start())
        .setSubjectEnd(t.subject().end())
        .setPredicateStart(t.predicateStart())
        .setPredicateEnd(t.predicateEnd())
        .setObjectStart(t.object().start())
        .setObjectEnd(t.object().end())
        .setRule(t.rule())
        .setExtractorVersion(extractorVersion)
        .build();
  }
}
