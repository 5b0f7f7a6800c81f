package org.orbat.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.orbat.OrbatException;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.TsvResource;

/**
 * The sentence templates, outlets and sources of {@code bench/en/article-templates.tsv}, checked against Orbat's own
 * lexicons when loaded: every event template holds a trigger phrase of its event type from {@code event-triggers.tsv}
 * and every relation template a cue of its relation type from {@code relation-cues.tsv}, so that the generated
 * articles state their facts in the words the pipeline reads, and a template the lexicons no longer back fails the
 * load instead of silently producing articles with nothing to extract.
 *
 * @param byKind templates by kind ({@code event:battle}, {@code title:battle}, {@code relation:ally_of}, {@code
 *               context}, {@code closing}, {@code outlet}, {@code source}, {@code source-org}), in file order
 */
public record ArticleTemplates(Map<String, List<String>> byKind) {
    static final String RESOURCE = "/bench/en/article-templates.tsv";
    private static final String TRIGGERS = Language.ENGLISH.resource("event-triggers.tsv");
    private static final String CUES = Language.ENGLISH.resource("relation-cues.tsv");

    public ArticleTemplates {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        byKind.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        byKind = java.util.Collections.unmodifiableMap(copy);
    }

    /** The shipped templates, checked against the shipped English trigger and cue lexicons. */
    public static ArticleTemplates loadDefault() {
        return load(RESOURCE, phrases(TRIGGERS), phrases(CUES));
    }

    /**
     * Templates from {@code resource}, each {@code event:TYPE} and {@code title:TYPE} template checked against {@code
     * triggers} and each {@code relation:TYPE} against {@code cues} (phrases by type, lower case, a trailing {@code *}
     * matching any ending).
     *
     * @throws OrbatException naming the line of a template that holds no phrase of its type
     */
    static ArticleTemplates load(String resource, Map<String, List<String>> triggers, Map<String, List<String>> cues) {
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        for (TsvResource.Row row : TsvResource.read(resource)) {
            String[] cols = row.columns();
            if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
                throw new OrbatException(resource + ":" + row.line() + ": expected 'kind<TAB>template': " + row.text());
            }
            String kind = cols[0].trim();
            String template = cols[1].trim();
            int colon = kind.indexOf(':');
            if (colon > 0) {
                String family = kind.substring(0, colon);
                String type = kind.substring(colon + 1);
                Map<String, List<String>> lexicon = family.equals("relation") ? cues : triggers;
                List<String> phrases = lexicon.get(type);
                if (phrases == null) {
                    throw new OrbatException(resource + ":" + row.line() + ": unknown type '" + type + "' for " + family);
                }
                if (!holdsAny(template, phrases)) {
                    throw new OrbatException(resource + ":" + row.line() + ": no " + type + " phrase of the lexicon in '" + template + "'");
                }
            }
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(template);
        }
        return new ArticleTemplates(byKind);
    }

    /** The templates of one kind; throws naming the kind when the file has none. */
    public List<String> of(String kind) {
        List<String> list = byKind.get(kind);
        if (list == null || list.isEmpty()) {
            throw new OrbatException(RESOURCE + ": no templates of kind '" + kind + "'");
        }
        return list;
    }

    /** The event types (or relation types, for {@code family} "relation") that have templates of {@code family}. */
    public List<String> types(String family) {
        return byKind.keySet().stream().filter(k -> k.startsWith(family + ":")).map(k -> k.substring(family.length() + 1)).toList();
    }

    /** A lexicon file's phrases (first column) by type (second column). */
    static Map<String, List<String>> phrases(String resource) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (TsvResource.Row row : TsvResource.read(resource)) {
            String[] cols = row.columns();
            if (cols.length >= 2 && !cols[0].isBlank()) {
                out.computeIfAbsent(cols[1].trim(), k -> new ArrayList<>()).add(cols[0].trim().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** Whether the template's words (slots left out) hold one of the phrases, word for word. */
    static boolean holdsAny(String template, List<String> phrases) {
        String[] words = template.replaceAll("\\{[A-Z0-9]+}", " ").toLowerCase(Locale.ROOT).split("[^a-z0-9'-]+");
        for (String phrase : phrases) {
            String[] want = phrase.split(" ");
            for (int i = 0; i + want.length <= words.length; i++) {
                if (matchesAt(words, i, want)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchesAt(String[] words, int at, String[] want) {
        for (int j = 0; j < want.length; j++) {
            String w = want[j];
            boolean ok = w.endsWith("*") ? words[at + j].startsWith(w.substring(0, w.length() - 1)) : words[at + j].equals(w);
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
