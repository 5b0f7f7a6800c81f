package org.orbat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.orbat.model.Article;
import org.orbat.model.DateValue;

class DocumentIdentityTest {
    private static Article article(String path, String sourceId, String title, String text) {
        return new Article(path, sourceId, title, "Test Wire", null, DateValue.parse("2016-03-04").orElseThrow(), "test", null, text);
    }

    @Test
    void aJsonlIdIsTheKeyWhereverTheLineIsReadFrom() {
        assertThat(DocumentIdentity.sourceKey(article("/a/wire.jsonl", "w-1", "T", "x")))
            .isEqualTo(DocumentIdentity.sourceKey(article("/b/other.jsonl", "w-1", "T", "x")))
            .isEqualTo("id:w-1");
    }

    @Test
    void aFileWithoutIdIsKeyedByItsAbsolutePath() {
        assertThat(DocumentIdentity.sourceKey(article("reports/../reports/a.txt", null, "T", "x")))
            .startsWith("file:/").endsWith("/reports/a.txt").doesNotContain("..");
    }

    @Test
    void theDocumentIdIsAStableDigestOfTheKey() {
        String id = DocumentIdentity.documentId("id:w-1");
        assertThat(id).matches("doc-[0-9a-f]{16}").isEqualTo(DocumentIdentity.documentId("id:w-1"))
            .isNotEqualTo(DocumentIdentity.documentId("id:w-2"));
    }

    @Test
    void theContentHashChangesWithTextOrMetadataOnly() {
        Article a = article("/a.txt", null, "Title", "Text.");
        assertThat(DocumentIdentity.contentHash(a)).isEqualTo(DocumentIdentity.contentHash(article("/a.txt", null, "Title", "Text.")))
            .isNotEqualTo(DocumentIdentity.contentHash(article("/a.txt", null, "Other title", "Text.")))
            .isNotEqualTo(DocumentIdentity.contentHash(article("/a.txt", null, "Title", "Other text.")));
    }
}
