package org.arabicnews.triples.events;

/**
 * Evidence that a name or title refers to a person: {@code links} articles published on {@code day} link it to the
 * person's key.
 *
 * @param person the person's canonical key
 * @param day publication day of the linking articles ({@code yyyy-MM-dd}), or null when unknown
 * @param links how many articles
 */
public record AliasVote(String person, String day, long links) {}
