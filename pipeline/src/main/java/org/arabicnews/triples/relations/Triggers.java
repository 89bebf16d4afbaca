package org.arabicnews.triples.relations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules of {@code triggers.tsv}, indexed by the verb forms and nouns that trigger them. */
final class Triggers {
  /** A verb form that triggers a rule, with what the form says. */
  record VerbMatch(TriggerRule rule, VerbForms.Inflection inflection) {}

  private static final String RESOURCE = "triggers.tsv";

  private final List<TriggerRule> rules = new ArrayList<>();
  private final Map<String, List<VerbMatch>> byVerbForm = new HashMap<>();
  private final Map<String, List<TriggerRule>> byNoun = new HashMap<>();
  private final Set<String> nouns = new HashSet<>();

  private Triggers() {}

  static Triggers load() {
    Triggers triggers = new Triggers();
    for (String[] row : Resources.rows(RESOURCE, 8)) {
      triggers.add(row);
    }
    return triggers;
  }

  private void add(String[] row) {
    String id = row[0].trim();
    Relation relation = Relation.fromLabel(row[1].trim());
    String cameo = dashToNull(row[2]);
    Set<String> ruleNouns = new HashSet<>();
    WordClass nounClass = null;
    if (dashToNull(row[4]) != null) {
      for (String noun : row[4].split("\\|")) {
        if (noun.startsWith("@")) {
          nounClass = WordClass.of(noun.substring(1));
        } else {
          ruleNouns.add(Words.normalize(noun));
        }
      }
    }
    Set<String> markers = new HashSet<>();
    if (dashToNull(row[5]) != null) {
      for (String marker : row[5].trim().split(" +")) {
        markers.add(marker.equals(TriggerRule.DIRECT) ? marker : Words.normalize(marker));
      }
    }
    Set<String> flags = new HashSet<>();
    if (dashToNull(row[6]) != null) {
      for (String flag : row[6].split(",")) {
        flags.add(flag.trim());
      }
    }
    for (String flag : flags) {
      if (!Set.of("reverse", "agreement", "passive", "possessive", "nested", "carried", "purpose",
          "meeting").contains(flag)) {
        throw new IllegalStateException(RESOURCE + ": rule " + id + ": unknown flag " + flag);
      }
    }
    TriggerRule rule = new TriggerRule(id, relation, cameo, Set.copyOf(ruleNouns), nounClass, Set.copyOf(markers),
        flags.contains("reverse"), flags.contains("agreement"), flags.contains("passive"),
        flags.contains("possessive"), flags.contains("nested"), flags.contains("carried"), flags.contains("purpose"),
        flags.contains("meeting"), Double.parseDouble(row[7].trim()));
    rules.add(rule);
    nouns.addAll(ruleNouns);
    String verbs = dashToNull(row[3]);
    if (verbs == null) {
      for (String noun : ruleNouns) {
        byNoun.computeIfAbsent(noun, k -> new ArrayList<>()).add(rule);
      }
      return;
    }
    for (String pair : verbs.trim().split(" +")) {
      String[] tenses = pair.split("/");
      if (tenses.length != 2) {
        throw new IllegalStateException(RESOURCE + ": rule " + id + ": expected perfect/imperfect, got " + pair);
      }
      VerbForms.of(Words.normalize(tenses[0]), Words.normalize(tenses[1])).forEach((form, inflection) ->
          byVerbForm.computeIfAbsent(form, k -> new ArrayList<>()).add(new VerbMatch(rule, inflection)));
    }
  }

  /** The rules a verb form triggers; empty when none. */
  List<VerbMatch> verb(String norm) {
    return byVerbForm.getOrDefault(norm, List.of());
  }

  /** The noun rules (no verb) a noun triggers; empty when none. */
  List<TriggerRule> noun(String norm) {
    return byNoun.getOrDefault(norm, List.of());
  }

  /** Whether a word is a noun some rule needs (مباحثات، اتصالا، شكره). */
  boolean isNoun(String norm) {
    return nouns.contains(norm);
  }

  List<TriggerRule> rules() {
    return rules;
  }

  private static String dashToNull(String field) {
    String trimmed = field.trim();
    return trimmed.isEmpty() || trimmed.equals("-") ? null : trimmed;
  }
}
