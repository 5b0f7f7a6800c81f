/**
 * Mentions that only the report's context makes mentions of an actor: a definite description ("the
 * regime", "the army") that the country a report is about fixes, and a capital that stands for its
 * state when it acts ("Moscow backed", "Ankara accused"). They widen the mentions the relation
 * extractor reads; the actor stage and the event extractor do not see them.
 */
package org.orbat.extract.references;
