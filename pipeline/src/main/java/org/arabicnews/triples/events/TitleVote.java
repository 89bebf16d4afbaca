package org.arabicnews.triples.events;

/**
 * Evidence that a title named a person: {@code links} articles published on {@code day} link the title to the
 * person.
 *
 * @param person the person's canonical key
 * @param day publication day of the linking articles ({@code yyyy-MM-dd}), or null when unknown
 * @param links how many articles
 */
public record TitleVote(String person, String day, long links) {}
