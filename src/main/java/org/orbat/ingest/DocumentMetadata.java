package org.orbat.ingest;

import java.util.Optional;
import org.orbat.lexicon.Language;

/**
 * What a container format (HTML head, JSONL fields) says about a report, before its text is looked at.
 * Every field may be missing; metadata wins over what is detected in the text.
 *
 * @param sourceId the id a JSONL line gave the report
 * @param title the headline
 * @param outlet the publishing outlet
 * @param url the report's address
 * @param published the publication date and where in the metadata it was found
 * @param language the language the report is written in
 */
record DocumentMetadata(Optional<String> sourceId, Optional<String> title, Optional<String> outlet,
                        Optional<String> url, Optional<DetectedDate> published, Optional<Language> language) {

    static DocumentMetadata none() {
        return new DocumentMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }
}
