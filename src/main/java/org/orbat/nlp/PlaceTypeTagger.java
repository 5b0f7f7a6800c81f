package org.orbat.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Orbat's stand-in for CoreNLP's fine-grained NER step ({@code ner.applyFineGrained}), reduced to
 * what Orbat reads: whether a token is a CITY, STATE_OR_PROVINCE, COUNTRY or NATIONALITY. It looks
 * the literal entries of CoreNLP's own KBP gazetteers ({@code regexner_caseless.tab} ignoring case,
 * {@code regexner_cased.tab} exactly) up in a hash map, longest match first, with CoreNLP's rules:
 * a match needs a noun or adjective in it (the {@code validpospattern} CoreNLP uses), and replaces
 * only {@code O} or the labels its entry says it may overwrite.
 *
 * <p>Why: the fine-grained step runs a TokensRegex matcher over half a million entries and took
 * about three quarters of Orbat's NLP time (measured with CoreNLP's timing, see the README's
 * "Speed and memory"); the other labels it adds (TITLE, IDEOLOGY, RELIGION, ...) are read by no
 * Orbat stage. The tables are CoreNLP's, read from its models jar; loaded once per process, then
 * immutable, so threads may share them.
 */
final class PlaceTypeTagger {
    static final String CASELESS = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
    static final String CASED = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_cased.tab";
    private static final Set<String> LABELS = Set.of("CITY", "STATE_OR_PROVINCE", "COUNTRY", "NATIONALITY");
    private static final Pattern VALID_POS = Pattern.compile("(NN|JJ|ADD).*");
    private static final int MAX_TOKENS = 6;

    private record Entry(String label, Set<String> overwritable) {
    }

    private static PlaceTypeTagger shared;

    private final Map<String, Entry> caseless;
    private final Map<String, Entry> cased;
    /** The lower-cased first words of all entries: most tokens start none, and are passed over without joining. */
    private final Set<String> firstWords;

    private PlaceTypeTagger(Map<String, Entry> caseless, Map<String, Entry> cased) {
        this.caseless = caseless;
        this.cased = cased;
        Set<String> first = new HashSet<>();
        for (Map<String, Entry> table : List.of(caseless, cased)) {
            for (String key : table.keySet()) {
                int space = key.indexOf(' ');
                first.add((space < 0 ? key : key.substring(0, space)).toLowerCase(Locale.ROOT));
            }
        }
        this.firstWords = Set.copyOf(first);
    }

    /** The tagger over CoreNLP's shipped gazetteers, loaded on first use. */
    static synchronized PlaceTypeTagger shared() {
        if (shared == null) {
            shared = new PlaceTypeTagger(load(CASELESS, true), load(CASED, false));
        }
        return shared;
    }

    /**
     * Relabels {@code ner} (one label per token, changed in place) where a gazetteer entry matches
     * {@code words}; {@code pos} holds the tokens' part-of-speech tags.
     */
    void tag(List<String> words, List<String> pos, String[] ner) {
        int n = words.size();
        int i = 0;
        while (i < n) {
            if (!firstWords.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                i++;
                continue;
            }
            int matched = 0;
            for (int len = Math.min(MAX_TOKENS, n - i); len >= 1 && matched == 0; len--) {
                String key = String.join(" ", words.subList(i, i + len));
                Entry e = cased.get(key);
                if (e == null) {
                    e = caseless.get(key.toLowerCase(Locale.ROOT));
                }
                if (e != null && applies(e, pos, ner, i, i + len)) {
                    for (int k = i; k < i + len; k++) {
                        ner[k] = e.label();
                    }
                    matched = len;
                }
            }
            i += Math.max(1, matched);
        }
    }

    private static boolean applies(Entry e, List<String> pos, String[] ner, int begin, int end) {
        boolean validPos = false;
        for (int k = begin; k < end; k++) {
            if (!"O".equals(ner[k]) && !e.overwritable().contains(ner[k])) {
                return false;
            }
            validPos |= VALID_POS.matcher(pos.get(k)).matches();
        }
        return validPos;
    }

    private static Map<String, Entry> load(String resource, boolean lowerCase) {
        Map<String, Entry> out = new HashMap<>();
        Map<String, Entry> interned = new HashMap<>();
        try (InputStream in = PlaceTypeTagger.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("CoreNLP models jar lacks " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split("\t");
                if (f.length < 2 || !LABELS.contains(f[1]) || f[0].split(" ").length > MAX_TOKENS) {
                    continue;
                }
                String overwritable = f.length > 2 ? f[2] : "";
                Entry entry = interned.computeIfAbsent(f[1] + "\t" + overwritable,
                    k -> new Entry(f[1], overwritable.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(overwritable.split(",")))));
                out.putIfAbsent(lowerCase ? f[0].toLowerCase(Locale.ROOT) : f[0], entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read CoreNLP's gazetteer " + resource, e);
        }
        return out;
    }
}
