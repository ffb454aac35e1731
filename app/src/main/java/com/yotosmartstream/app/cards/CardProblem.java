package com.yotosmartstream.app.cards;

/**
 * Something wrong with a card before it is published.
 *
 * @param blocking true when Yoto or the players would refuse the card, so it cannot be published;
 *     false for a limit reported by the community that may make a player fail
 */
public record CardProblem(boolean blocking, String text) {
}
