package org.arabicnews.triples.relations;

import java.util.Locale;

/** The closed word classes of {@code words.tsv}; what each means is documented in that file. */
enum WordClass {
  ADVERB,
  DAY,
  WEEKDAY,
  MONTH,
  FUTURE,
  NEGATION,
  DENIAL,
  PLANNED,
  REPORTING,
  COMPLEMENTIZER,
  RELATIVE,
  BOUNDARY,
  PREPOSITION,
  HONORIFIC,
  COUNTERPART,
  PAIR,
  PAIR_COUNTRY,
  BLESSING,
  AUXILIARY,
  AGREEMENT,
  SINCE,
  UNREAL,
  PLACE_NOUN,
  CANCELLED,
  TRILATERAL,
  MEETING,
  DELEGATION,
  ENCOUNTER,
  LISTING;

  static WordClass of(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
