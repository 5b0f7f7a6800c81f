package org.orbat.http;

import java.util.List;
import org.orbat.store.KnowledgeSnapshot;
import org.orbat.store.corrections.Correction;
import org.orbat.store.corrections.CorrectionEntry;

/** Where the page's editors write corrections, and what the review queue is read from: the served knowledge base. */
public interface CorrectionDesk {
    /** Writes and applies a correction (see {@code JdbcKnowledgeBase#correct}). */
    CorrectionEntry correct(Correction draft);

    /** The corrections log. */
    List<CorrectionEntry> corrections();

    /** The knowledge base now, for the review queue. */
    KnowledgeSnapshot snapshot();
}
