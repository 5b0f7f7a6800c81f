/**
 * Relations between actors (alliance, rivalry, membership, sponsorship, affiliation, renaming,
 * splits, allegiance, designation, leadership) from cue phrases around actor mentions.
 */
package org.orbat.extract.relations;
