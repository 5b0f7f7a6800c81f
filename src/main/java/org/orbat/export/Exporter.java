package org.orbat.export;

import java.io.IOException;
import java.io.OutputStream;
import org.orbat.store.KnowledgeSnapshot;

/** Writes a knowledge-base snapshot in one format. Implementations are stateless. */
public interface Exporter {
    void write(KnowledgeSnapshot kb, OutputStream out) throws IOException;
}
