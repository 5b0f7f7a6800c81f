/** Tests of the corrections log: every kind of correction, kept through re-ingest and pipeline upgrades. */
package org.orbat.store.corrections;
