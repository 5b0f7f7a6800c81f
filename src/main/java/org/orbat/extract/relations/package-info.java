/**
 * Relations between actors (alliance, rivalry, membership, sponsorship, affiliation, renaming,
 * splits, allegiance, designation, leadership) read from one sentence at a time: the parties are
 * the syntactic arguments of a cue phrase, a frame verb or noun in the dependency parse, never
 * merely the nearest names, and a country named as a place is no party. A sentence that opens with
 * "the group" or "it" borrows the group named just before (Anaphora).
 */
package org.orbat.extract.relations;
