package org.orbat.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.orbat.lexicon.Language;
import org.orbat.model.Article;
import org.orbat.testing.ToyLanguagePack;

/** How an article is matched to an installed language: stated, detected by script, else English. */
class LanguagePacksTest {
    private static Article article(Language stated, String text) {
        return new Article("t.txt", null, null, null, null, null, null, stated, text);
    }

    /** A made-up pack for a script no shipped language is written in. */
    private static final class Greek implements LanguagePack {
        @Override
        public Language language() {
            return new Language("el");
        }

        @Override
        public Character.UnicodeScript script() {
            return Character.UnicodeScript.GREEK;
        }

        @Override
        public NlpPipeline newPipeline(Clock clock) {
            throw new UnsupportedOperationException("not read in this test");
        }
    }

    @Test
    void packsListedAsServicesAreInstalledBesideEnglish() {
        assertThat(LanguagePacks.installed().languages()).contains(Language.ENGLISH, ToyLanguagePack.TOY);
    }

    @Test
    void aStatedLanguageWinsAndAnUninstalledOneIsRefusedByName() {
        LanguagePacks packs = LanguagePacks.of(new ToyLanguagePack());
        assertThat(packs.languageOf(article(ToyLanguagePack.TOY, "Soldatoj batalis."))).isEqualTo(ToyLanguagePack.TOY);
        assertThatThrownBy(() -> packs.languageOf(article(Language.ARABIC, "Soldiers fought.")))
            .isInstanceOf(UnsupportedLanguageException.class).hasMessageContaining("'ar'");
    }

    @Test
    void anUnstatedLanguageIsTheOneWrittenInTheTextsMainScriptElseEnglish() {
        LanguagePacks packs = LanguagePacks.of(new ToyLanguagePack(), new Greek());
        assertThat(packs.languageOf(article(null, "Οι στρατιώτες πολέμησαν (AFP)."))).isEqualTo(new Language("el"));
        assertThat(packs.languageOf(article(null, "Soldatoj batalis."))).as("two Latin-script packs: English")
            .isEqualTo(Language.ENGLISH);
        assertThat(packs.languageOf(article(null, "قاتل الجنود"))).as("no pack writes Arabic script")
            .isEqualTo(Language.ENGLISH);
    }
}
