package org.arabicnews.triples.entities;

/** What an entity mention names. */
public enum EntityType {
  /** A person. */
  PER,
  /** An organisation: a government body, an international organisation, a company, an agency. */
  ORG,
  /** A geopolitical entity: a country, a city, a region with a government. */
  GPE,
  /** Another place: a sea, a mountain, a building. */
  LOC,
  /** An official title or honorific: وزير الشؤون الخارجية, ولي العهد. */
  TITLE,
  /** A nationality adjective: الروسي, المغربية. */
  NORP
}
