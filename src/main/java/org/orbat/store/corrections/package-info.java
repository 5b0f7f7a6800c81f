/**
 * An analyst's corrections: an append-only, attributed log of changes to actors, events and relations
 * (merge two actors, rename, add or remove an alias, split an alias off, set a kind; reject, confirm or fix a
 * fact; add one by hand), applied to the stored facts and applied again after every write of a document, so a
 * fix survives re-ingest and pipeline upgrades. A correction whose target is gone is reported as stale, never
 * dropped.
 */
package org.orbat.store.corrections;
