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

    /** The desk of a JDBC knowledge base, the one {@code orbat serve} reads. */
    static CorrectionDesk of(org.orbat.store.JdbcKnowledgeBase kb) {
        return new CorrectionDesk() {
            @Override
            public CorrectionEntry correct(Correction draft) {
                return kb.correct(draft);
            }

            @Override
            public List<CorrectionEntry> corrections() {
                return kb.corrections();
            }

            @Override
            public KnowledgeSnapshot snapshot() {
                return kb.snapshot();
            }
        };
    }
}
