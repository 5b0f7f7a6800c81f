package org.orbat.extract.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordCase;
import org.orbat.lexicon.WordTable;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Token;

/**
 * Finds the spans of one sentence that name gazetteer places: longest match over token n-grams, then
 * acceptance rules and a reading of the words around the name (see {@link GazetteerPlaceResolver}).
 * Stateless and thread-safe.
 */
final class SpanFinder {
    private static final int MAX_SPAN_TOKENS = 6;
    /** How far back a closing bracket looks for its opening one: "(Pinlaung township, Pa-O Self-Administered Zone, Shan-South". */
    private static final int MAX_BRACKETED_TOKENS = 16;
    private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY", "GPE");
    /** This class's words, kept as data: {@code lang/en/grammar/span-finder.tsv}. */
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "grammar/span-finder.tsv");
    /** Words of an area around a place ("Aleppo countryside", "rural Damascus"), not a compass part of its name. */
    private static final Set<String> AREA_WORDS = GRAMMAR.words("area-words");
    /** First words of Arabic settlement names: a PERSON tag on "Kafar Nouran" is CoreNLP's mistake. */
    private static final Set<String> SETTLEMENT_WORDS = GRAMMAR.words("settlement-words");
    /** Nouns after a name that say what kind of place it is, beyond the settlement nouns and governorate suffixes. */
    private static final Set<String> PLACE_NOUNS = GRAMMAR.words("place-nouns");
    private static final int SENTENCE_START_WEIGHT = 5;
    private static final int MIN_ONE_WORD_KEY = 3;
    private static final int MAX_ACRONYM_LETTERS = 5;
    /** The weight of a city (GeoNames seat of a first-level division or 100,000 people), as the gazetteer writes it. */
    private static final int CITY_WEIGHT = 4;
    private static final Set<String> LIST_JOINERS = GRAMMAR.words("list-joiners");
    /** The marks between a place and the division it lies in: "Starohnativka, Donetsk", "Bindisi (Central Darfur)". */
    private static final Set<String> LOCATING_MARKS = Set.of(",", "(", "-LRB-");
    private static final int MAX_DIVISION_TOKENS = 3;
    /** Smaller divisions a note may write between a place and its first-level division: admin3, admin2. */
    private static final int MAX_DIVISIONS_BETWEEN = 2;
    /** The longest name of such a smaller division, "Logone - et - Chari" as CoreNLP splits it. */
    private static final int MAX_SKIPPED_DIVISION_TOKENS = 6;
    private static final Set<String> CLOSING_MARKS = Set.of(")", "-RRB-", ".", ";");
    private static final Set<String> OPENERS = Set.of("(", "-LRB-", "-lrb-");
    private static final Set<String> CLOSERS = Set.of(")", "-RRB-", "-rrb-");
    /** Words between a place and the bigger place it lies in: "Asharneh in rural Hama", "Bindisi (Central Darfur)". */
    private static final Set<String> LOCATING_JOINERS = GRAMMAR.words("locating-joiners");
    private static final WordTable ARABIC_ARTICLES = WordTable.of(Language.ARABIC, "articles.tsv");
    private static final String ARTICLE_FORMS = WordTable.alternation(ARABIC_ARTICLES.words("definite", "assimilated"));
    private static final Pattern ARTICLE_PREFIXED = Pattern.compile("(?i)(" + ARTICLE_FORMS + ")[-‐][\\p{Lu}].*");
    /**
     * Capitalised words that start no place name: "The", and the article's two-letter assimilated forms, which at
     * a sentence's start are English words or initials ("At", "As", "An"); a name written with such an article and
     * no hyphen begins at the next word.
     */
    private static final Set<String> STARTS_NOTHING = Stream.concat(Stream.of("The", "THE"),
        ARABIC_ARTICLES.words("assimilated").stream().filter(f -> f.length() == 2).map(WordCase::titleCase))
        .collect(Collectors.toUnmodifiableSet());
    /** The article itself before a name ("al Bab", "Al Qusayr", "AL"), in the cases it is written in. */
    private static final Set<String> LEADING_ARTICLES = ARABIC_ARTICLES.words("definite").stream()
        .flatMap(f -> Stream.of(f, WordCase.titleCase(f), f.toUpperCase(Locale.ROOT))).collect(Collectors.toUnmodifiableSet());
    private static final Pattern ARTICLE = Pattern.compile("(?i)(" + ARTICLE_FORMS + ")");
    private static final Set<String> DIVISION_KINDS = GRAMMAR.words("division-kinds");
    private static final Set<String> HYPHENS = Set.of("-", "‐", "‑", "–");
    /**
     * A proper name after a lower-case noun-class or locative prefix, as Nguni languages write them ("eThekwini",
     * "uMgungundlovu", "iLembe", "eMalahleni"): the capital inside starts the name.
     */
    private static final Pattern PREFIXED_NAME = Pattern.compile("[a-z]{1,2}\\p{Lu}\\p{Ll}{2,}(?:[-‐]\\p{L}+)*");
    /** Kinds of facility named after the place they are in: "the Klawer Magistrate's Court", "Pangani police station". */
    private static final Set<String> FACILITY_NOUNS = GRAMMAR.words("facility-nouns");
    private static final int MAX_FACILITY_WORDS = 4;
    /** How far after a name its closing bracket may come: "Nay Pyi Taw territory)", "Shan-South state)". */
    private static final int MAX_TOKENS_TO_CLOSING_BRACKET = 3;
    /**
     * Nouns after a name that make it a place even when nothing before it does ("Sfuhen town", "Kale township",
     * "Milaja axis", "Kabani hills"): the settlement nouns and the units and frontline words news reports use.
     */
    private static final Set<String> PLACE_NOUNS_AFTER = GRAMMAR.words("place-nouns-after");
    /** Kinds of administrative division written after a division's name: "Lamu County", "Kismayo District". */
    private static final Set<String> DIVISION_NOUNS = GRAMMAR.words("division-nouns");
    private static final int MIN_MISSPELT_NOUN = 6;
    /** The nouns after a common word that make it a settlement's name ("Karama town"), lower case as written. */
    private static final Set<String> SETTLEMENT_NOUNS_AFTER = GRAMMAR.words("settlement-nouns-after");
    /** The nouns that make a name a settlement rather than the district of the same name: "Labutta town". */
    private static final Set<String> SETTLEMENT_KINDS = GRAMMAR.words("settlement-kinds");
    private static final Pattern HAS_WORD_CHAR = Pattern.compile(".*[\\p{L}\\p{N}].*");
    /**
     * Tags of words that start no name a guess by consonants may take: a sentence's capitalised "In", "The", "And"
     * ("In Qara Bagh ..." is not Ankara by the consonants of "In Qara"). A name that does start so ("In Salah") is
     * still found by its spelling.
     */
    private static final Set<String> FUNCTION_TAGS = Set.of("IN", "DT", "CC", "TO", "PRP", "PRP$", "WDT", "WRB");

    private final Gazetteer gazetteer;
    private final ContextWords words;
    private final CountryCues countries;
    private final LocatingPhrases locating;
    private final MisspeltPlaces misspelt;

    SpanFinder(Gazetteer gazetteer, ContextWords words, CountryCues countries) {
        this.gazetteer = gazetteer;
        this.words = words;
        this.countries = countries;
        this.locating = new LocatingPhrases(words);
        this.misspelt = new MisspeltPlaces(gazetteer, locating);
    }

    List<Candidate> find(AnnotatedSentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<Candidate> out = new ArrayList<>();
        List<Candidate> undecided = new ArrayList<>();
        int lastEnd = -10;
        int i = 0;
        while (i < tokens.size()) {
            if (!startsName(tokens, i)) {
                i++;
                continue;
            }
            int end = -1;
            List<GazetteerPlace> places = List.of();
            boolean approximate = false;
            int longest = Math.min(Math.min(MAX_SPAN_TOKENS, gazetteer.maxKeyWords() + 2), tokens.size() - i);
            for (int len = longest; len >= 1 && places.isEmpty(); len--) {
                if (!wordsOnly(tokens, i, i + len) || !endsOnWord(tokens, i + len)) {
                    continue;
                }
                String key = PlaceNames.key(joined(tokens, i, i + len));
                places = withNamesakesAbroad(gazetteer.findKey(key), tokens, i, i + len);
                if (places.isEmpty() && len > 1 && capitalisedName(tokens, i, i + len) && !knownBeforeItsNoun(tokens, i, i + len)
                        && !FUNCTION_TAGS.contains(tokens.get(i).pos())) {
                    // "Tal Jammeh" is OCHA's "Tal Jomaa", not the "Tal" of some other name
                    places = gazetteer.findSkeleton(key);
                    approximate = !places.isEmpty();
                }
                end = i + len;
            }
            if (startsWithDirection(tokens, i) && places.stream().noneMatch(p -> p.isGovernorate() || p.featureClass().equals("region"))) {
                places = List.of(); // "eastern Deir Ezzor" is not the village "Eastern Deir"; "rural Damascus" is a governorate
            }
            if (places.isEmpty()) {
                places = possessiveWithoutApostrophe(tokens.get(i).word());
                end = i + 1;
                approximate = false;
            }
            if (places.isEmpty() && HAS_WORD_CHAR.matcher(tokens.get(i).word()).matches()) {
                places = gazetteer.findSkeleton(PlaceNames.key(tokens.get(i).word()));
                approximate = !places.isEmpty();
            }
            Verdict verdict = places.isEmpty() ? Verdict.REJECTED : verdict(tokens, i, end, places, lastEnd);
            if (approximate && verdict == Verdict.ACCEPTED_BY_NAME) {
                verdict = Verdict.IF_LISTED; // a name known only by its consonants needs the text to say it is a place
            }
            if (verdict == Verdict.REJECTED) {
                i++;
                continue;
            }
            Candidate candidate = read(sentence, i, end, places, verdict != Verdict.ACCEPTED_BY_NAME);
            if (approximate) {
                candidate = candidate.asApproximate();
            }
            if (verdict == Verdict.ACCEPTED || verdict == Verdict.ACCEPTED_BY_NAME) {
                out.add(candidate);
                lastEnd = candidate.tokenEnd();
            } else {
                undecided.add(candidate);
            }
            i = candidate.tokenEnd();
        }
        List<Candidate> linked = locating.link(tokens, promoteListedBefore(tokens, out, undecided));
        return misspelt.add(sentence, linked);
    }

    /**
     * Acceptance of a matched name: no; yes, the context says it is a place; yes, on the name alone (a
     * significant place somewhere); or only if a list ties it to an accepted place.
     */
    private enum Verdict { REJECTED, ACCEPTED, ACCEPTED_BY_NAME, IF_LISTED }

    /**
     * "Meznaz, Kafar Nouran and Atarib": villages listed before an accepted place are places too; so is a name
     * that an accepted place right after it locates: "Asharneh in rural Hama", "Al Fulayhah (Marib, Marib)".
     */
    private static List<Candidate> promoteListedBefore(List<Token> tokens, List<Candidate> accepted,
                                                       List<Candidate> undecided) {
        if (undecided.isEmpty()) {
            return accepted;
        }
        List<Candidate> out = new ArrayList<>(accepted);
        for (int k = undecided.size() - 1; k >= 0; k--) {
            Candidate village = undecided.get(k);
            int joiner = village.tokenEnd();
            boolean listed = joiner < tokens.size() && (LIST_JOINERS.contains(lower(tokens.get(joiner).word()))
                    || LOCATING_JOINERS.contains(tokens.get(joiner).word()))
                    && out.stream().anyMatch(c -> c.tokenBegin() == joiner + 1);
            if (listed) {
                out.add(village);
            }
        }
        out.sort(java.util.Comparator.comparingInt(Candidate::tokenBegin));
        return out;
    }

    /**
     * "Kismayo District", "Lamu County": a known name and the kind of division it is, which is that division, not a
     * guess at another name by the consonants of both words ("Hol Camp" may still be a camp's own name).
     */
    private boolean knownBeforeItsNoun(List<Token> tokens, int begin, int end) {
        String last = tokens.get(end - 1).word();
        return (DIVISION_NOUNS.contains(lower(last)) || misspeltDivisionNoun(lower(last))) && !gazetteer.findKey(PlaceNames.key(joined(tokens, begin, end - 1))).isEmpty();
    }

    /**
     * "Nawa district": a country whose division is spelt with its kind ("Nawa District" of Ivory Coast) must not hide
     * the namesakes of the bare name in other countries (Nawa of Ghazni, of Daraa), which the article's country then
     * chooses between; in a country that has the division, the division stays the reading. Only towns and villages
     * abroad join (the district centre a country lists as a town): a city or province of the name ("Ilam" of Iran for
     * "Ilam district" of Nepal) is no district.
     */
    private List<GazetteerPlace> withNamesakesAbroad(List<GazetteerPlace> places, List<Token> tokens, int begin, int end) {
        if (places.isEmpty() || end - begin < 2 || !DIVISION_NOUNS.contains(lower(tokens.get(end - 1).word()))) {
            return places;
        }
        Set<String> countries = places.stream().map(GazetteerPlace::country).collect(Collectors.toSet());
        List<GazetteerPlace> abroad = gazetteer.findKey(PlaceNames.key(joined(tokens, begin, end - 1))).stream()
                .filter(p -> p.weight() < CITY_WEIGHT && !countries.contains(p.country()) && !places.contains(p)).toList();
        if (abroad.isEmpty()) {
            return places;
        }
        List<GazetteerPlace> out = new ArrayList<>(places);
        out.addAll(abroad);
        return out;
    }

    /** "Aleppos" in text whose apostrophes were lost: only for significant places, never for villages. */
    private List<GazetteerPlace> possessiveWithoutApostrophe(String word) {
        if (word.length() < 5 || !word.endsWith("s") || word.endsWith("ss")) {
            return List.of();
        }
        if (words.stopNames().contains(PlaceNames.fold(word))) {
            return List.of();
        }
        List<GazetteerPlace> places = gazetteer.find(word.substring(0, word.length() - 1));
        return places.stream().anyMatch(p -> p.weight() >= 4) ? places : List.of();
    }

    private boolean startsName(List<Token> tokens, int i) {
        String word = tokens.get(i).word();
        if (word.isEmpty()) {
            return false;
        }
        if (STARTS_NOTHING.contains(word)) {
            return false;
        }
        char first = word.charAt(0);
        if (Character.isUpperCase(first) || Character.isDigit(first) || ARTICLE_PREFIXED.matcher(word).matches()
                || PREFIXED_NAME.matcher(word).matches()) {
            return true;
        }
        boolean opener = LEADING_ARTICLES.contains(word) || words.directions().contains(lower(word));
        if (opener && i + 2 < tokens.size() && HYPHENS.contains(tokens.get(i + 1).word())) {
            return startsName(tokens, i + 2); // "al - Bab", as CoreNLP splits "al-Bab"
        }
        return opener && i + 1 < tokens.size() && startsName(tokens, i + 1);
    }

    private boolean startsWithDirection(List<Token> tokens, int i) {
        String word = tokens.get(i).word();
        return Character.isLowerCase(word.charAt(0)) && words.directions().contains(word);
    }

    /** A span may not end on an article or "the": "Palmyra The", "Aleppo at" are not names. */
    private static boolean endsOnWord(List<Token> tokens, int end) {
        String last = tokens.get(end - 1).word();
        return !ARTICLE.matcher(last).matches() && !last.equalsIgnoreCase("the");
    }

    /**
     * Every token a word, but for hyphens between two words: CoreNLP splits "Deir-ez-Zor" and "Pul-i-Khumri" into
     * words and hyphens, and the name must still be read whole (read in parts, "Deir" alone found a Hungarian city).
     */
    private static boolean wordsOnly(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String word = tokens.get(k).word();
            boolean innerHyphen = k > from && k < to - 1 && HYPHENS.contains(word);
            if (!innerHyphen && !HAS_WORD_CHAR.matcher(word).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every word capitalised, but for articles and hyphens ("Qebtan al-Jabal"): only such a span may be matched by
     * its consonants before a shorter exact name ("Rawya town" is not Rotan, "Sirte on" not Sartan).
     */
    private static boolean capitalisedName(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String word = tokens.get(k).word();
            if (!capitalised(word) && !ARTICLE.matcher(word).matches() && !HYPHENS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static String joined(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.append(k > from ? " " : "").append(tokens.get(k).word());
        }
        return sb.toString();
    }

    private Verdict verdict(List<Token> tokens, int begin, int end, List<GazetteerPlace> places, int lastEnd) {
        if (insideGroupName(tokens, begin, end) && !divisionWithItsKind(tokens, end, places) || partOfPersonName(tokens, begin, end)) {
            return Verdict.REJECTED;
        }
        int facilityEnd = facilityNamedAfter(tokens, end);
        if (facilityEnd > end && (locatedByTheDivisionAfter(tokens, facilityEnd, places) || cueBeforeFacility(tokens, begin))) {
            // "the Klawer Magistrate's Court (West Coast, Western Cape)", "died in Sednaya Military Prison": a prison,
            // court or hospital is named after the place it is in, and the event happened there
            return Verdict.ACCEPTED;
        }
        if (partOfLongerName(tokens, begin, end) || onlyDirections(tokens, begin, end)) {
            return Verdict.REJECTED;
        }
        if (end - begin == 1 && acronym(tokens.get(begin).word()) && !cueBefore(tokens, begin)
                && places.stream().noneMatch(p -> p.weight() >= CITY_WEIGHT)) {
            // "the SAF bombed", "RSF fighters": an organisation's initials, not As Saff; a dateline's "HOMS" stays
            return Verdict.REJECTED;
        }
        String surface = PlaceNames.fold(joined(tokens, begin, end)).replaceAll("[^a-z0-9]+", " ").trim();
        if (words.stopNames().contains(surface)) { // "the village of Karama", "Karama town"
            return settlementNounBefore(tokens, begin) || settlementNounAfter(tokens, end) ? Verdict.ACCEPTED : Verdict.REJECTED;
        }
        if (countries.country(joined(tokens, begin, end)).isPresent()) {
            return Verdict.REJECTED; // a country is the article's context, never an event's place (ACLED codes none)
        }
        if (taggedAsPlace(tokens, begin, end) || cueBefore(tokens, begin) || misTaggedSettlement(tokens, begin, end)
                || listedAfterPlace(tokens, begin, lastEnd) || placeNounAfter(tokens, end)
                || divisionWrittenWithItsKind(tokens, end, places) || divisionInLocatingBracket(tokens, begin, end, places)) {
            return Verdict.ACCEPTED;
        }
        // a sentence's first word is capitalised anyway: on its name alone it must be a major place
        int minimumWeight = begin == 0 ? SENTENCE_START_WEIGHT : 3;
        String key = PlaceNames.key(joined(tokens, begin, end));
        if (places.stream().anyMatch(p -> p.weight() >= minimumWeight && knownBy(p, key)) && properNoun(tokens, begin, end)
                && !nextToProperNoun(tokens, begin, end)) {
            return Verdict.ACCEPTED_BY_NAME;
        }
        if (locatedByTheDivisionAfter(tokens, end, places)) {
            return Verdict.ACCEPTED; // "captured Starohnativka, Donetsk": a namesake lies in the division named after it
        }
        return "PERSON".equals(tokens.get(begin).ner()) || "ORGANIZATION".equals(tokens.get(begin).ner())
                ? Verdict.REJECTED : Verdict.IF_LISTED;
    }

    /**
     * A comma or bracket after the name, then a first-level division that one of its namesakes lies in:
     * "Starohnativka, Donetsk", "Bindisi (Central Darfur)". ACLED's notes and news reports locate small places so
     * ("<place>, <admin1>", codebook "notes"), and CoreNLP often tags such an unknown name as a person; a person's
     * name is seldom followed by a division its namesake village lies in. The division may come after one or two
     * smaller ones the codebook's notes write between ("<place> (<admin3>, <admin2>, <admin1>)": "Zumbaro (Makary,
     * Logone-et-Chari, Extreme-Nord)"), known or not, but not after a list ("Mora, Kolofata and Fotokol").
     */
    private boolean locatedByTheDivisionAfter(List<Token> tokens, int end, List<GazetteerPlace> places) {
        if (end + 1 >= tokens.size() || !LOCATING_MARKS.contains(tokens.get(end).word())) {
            return false;
        }
        int start = end + 1;
        for (int segment = 0; segment <= MAX_DIVISIONS_BETWEEN && start < tokens.size(); segment++) {
            if (divisionAt(tokens, start, places)) {
                return true;
            }
            int comma = nextComma(tokens, start);
            if (comma < 0) {
                return false;
            }
            start = comma + 1;
        }
        return false;
    }

    /** Whether a first-level division one of {@code places} lies in is named from token {@code start}. */
    private boolean divisionAt(List<Token> tokens, int start, List<GazetteerPlace> places) {
        for (int len = Math.min(MAX_DIVISION_TOKENS, tokens.size() - start); len >= 1; len--) {
            if (!wordsOnly(tokens, start, start + len)) {
                continue;
            }
            List<GazetteerPlace> divisions = gazetteer.findKey(PlaceNames.key(joined(tokens, start, start + len)))
                    .stream().filter(GazetteerPlace::isGovernorate).toList();
            if (places.stream().anyMatch(p -> !p.isGovernorate() && divisions.stream()
                    .anyMatch(d -> d.country().equals(p.country()) && d.admin1().equals(p.admin1())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The comma that ends the name of a division starting at {@code start} ("Logone-et-Chari,", "Kachhi district,"):
     * a few words, the first capitalised, no list word or bracket among them; -1 when there is none.
     */
    private static int nextComma(List<Token> tokens, int start) {
        if (!capitalised(tokens.get(start).word())) {
            return -1;
        }
        for (int k = start + 1; k < Math.min(tokens.size() - 1, start + MAX_SKIPPED_DIVISION_TOKENS + 1); k++) {
            String word = tokens.get(k).word();
            if (word.equals(",")) {
                return k;
            }
            if (LIST_JOINERS.contains(lower(word)) || LOCATING_MARKS.contains(word) || CLOSING_MARKS.contains(word)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether a name alone may stand for the place: its own name, or a spelling curated for it (OCHA variants,
     * news spellings). GeoNames' alternate names also hold former, foreign and historical names ("Molotov" for
     * Perm, "Kobo" for a Chinese town), which news text uses for other things ("a Molotov cocktail"), so such a
     * name of a settlement is only read as that place when the text says it is a place (a place tag, a cue word).
     * Divisions keep their alternates: those are OCHA's official names ("Extreme-Nord").
     */
    private static boolean knownBy(GazetteerPlace place, String key) {
        String own = PlaceNames.key(place.name());
        boolean settlement = Set.of("city", "town", "village").contains(place.featureClass());
        return !settlement || !place.source().startsWith("GeoNames") || own.equals(key) || key.equals(own + "s");
    }

    /**
     * The match is only part of a longer proper name: "Tal" of "Tal Battal", "Hermon" of "Mount Hermon",
     * "Force" of "Air Force Intelligence". Told by a capitalised word right before or after that CoreNLP puts
     * in the same entity (same NER tag), or, for a lone settlement word ("Tal", "Deir", "Kafr"), any
     * capitalised word after it. A noun that names the kind of place ("Kabul City", "Ghazni Province") does
     * not lengthen the name.
     */
    private boolean partOfLongerName(List<Token> tokens, int begin, int end) {
        boolean oneWord = end - begin == 1;
        if (oneWord && PlaceNames.key(tokens.get(begin).word()).length() < MIN_ONE_WORD_KEY) {
            return true; // "U", "Pa", "Ye": honorifics and syllables of longer names, never worth a guess alone
        }
        if (end < tokens.size() && capitalised(tokens.get(end).word()) && !placeNoun(tokens.get(end).word())
                && !namesDivision(tokens, end) && !directionAfter(tokens, end)) {
            boolean loneSettlementWord = oneWord && SETTLEMENT_WORDS.contains(PlaceNames.key(tokens.get(begin).word()));
            // "Pin" of "Pin Pong village": one known word before an unknown proper noun is a syllable of that name
            boolean beforeProperNoun = oneWord && "NNP".equals(tokens.get(end).pos());
            if (loneSettlementWord || beforeProperNoun || sameEntity(tokens.get(end - 1), tokens.get(end))) {
                return true;
            }
        }
        if (begin <= 1 || !capitalised(tokens.get(begin - 1).word()) || words.directions().contains(lower(tokens.get(begin - 1).word()))
                || ARTICLE.matcher(tokens.get(begin - 1).word()).matches()) {
            return false;
        }
        if (PLACE_TAGS.contains(tokens.get(begin - 1).ner()) && gazetteer.findKey(PlaceNames.key(joined(tokens, begin, end)))
                .stream().anyMatch(GazetteerPlace::isGovernorate)) {
            return false; // "Sur Diyarbakir", "Guadalajara Jalisco": the division a place lies in, written after it
        }
        return sameEntity(tokens.get(begin - 1), tokens.get(begin)) || oneWord && "NNP".equals(tokens.get(begin - 1).pos());
    }

    /**
     * A word of two to five capitals ("SAF", "RSF", "PKK"): initials, which no small place is written as in the
     * gazetteer (the build leaves out such alternates), so a match with a village is by chance.
     */
    private static boolean acronym(String word) {
        if (word.length() < 2 || word.length() > MAX_ACRONYM_LETTERS) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (!Character.isUpperCase(word.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** "northern", "East": a direction alone is not the division some country calls so. */
    private boolean onlyDirections(List<Token> tokens, int begin, int end) {
        for (int k = begin; k < end; k++) {
            if (!words.directions().contains(lower(tokens.get(k).word()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A name with nothing but itself to show it is a place must stand alone: "Post" of "Radar Post",
     * "Force" of "Air Force" have a proper noun beside them (a sentence's first word does not count).
     */
    private boolean nextToProperNoun(List<Token> tokens, int begin, int end) {
        boolean after = end < tokens.size() && capitalised(tokens.get(end).word()) && !placeNoun(tokens.get(end).word())
                && "NNP".equals(tokens.get(end).pos()) && !directionAfter(tokens, end);
        boolean before = begin > 1 && capitalised(tokens.get(begin - 1).word()) && "NNP".equals(tokens.get(begin - 1).pos())
                && !ARTICLE.matcher(tokens.get(begin - 1).word()).matches();
        return after || before;
    }

    /**
     * "Garissa North", "Juba East": a compass point after a known name the gazetteer has no longer name for is the
     * part of that place's area (constituencies, counties and payams are named so in East Africa, districts in South
     * Asia), not more of an unknown name; the place is read at "near" precision (the codebook's geo_precision 2).
     */
    private boolean directionAfter(List<Token> tokens, int end) {
        String next = lower(tokens.get(end).word());
        return words.directions().contains(next) && !AREA_WORDS.contains(next)
                && (end + 1 >= tokens.size() || !capitalised(tokens.get(end + 1).word()));
    }

    /**
     * "Ciudad Hidalgo Chiapas", "Tijuana Baja California", "Aleppo Syria": a division (of up to {@value
     * #MAX_DIVISION_TOKENS} words) or country from token {@code start} after a place is where it lies, not more of its
     * name.
     */
    private boolean namesDivision(List<Token> tokens, int start) {
        if (countries.isCountryWord(tokens.get(start).word())) {
            return true;
        }
        for (int len = 1; len <= MAX_DIVISION_TOKENS && start + len <= tokens.size(); len++) {
            if (!wordsOnly(tokens, start, start + len)) {
                return false;
            }
            if (capitalised(tokens.get(start + len - 1).word()) && gazetteer.find(joined(tokens, start, start + len)).stream().anyMatch(GazetteerPlace::isGovernorate)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameEntity(Token a, Token b) {
        return !"O".equals(a.ner()) && a.ner() != null && a.ner().equals(b.ner());
    }

    private boolean placeNoun(String word) {
        String w = lower(word);
        return ContextWords.SETTLEMENT_NOUNS.contains(w) || words.governorateSuffixes().contains(w) || PLACE_NOUNS.contains(w)
                || misspeltDivisionNoun(w);
    }

    /**
     * "Lamu Country", "Kisumu Conty": a kind of division mistyped by one letter after a name is still that kind, not
     * more of an unknown proper name (which would hide the known place before it). Only nouns of at least {@value
     * #MIN_MISSPELT_NOUN} letters: shorter ones are one letter from too many words.
     */
    private static boolean misspeltDivisionNoun(String lower) {
        if (lower.length() < MIN_MISSPELT_NOUN || DIVISION_NOUNS.contains(lower)) {
            return false;
        }
        return DIVISION_NOUNS.stream().anyMatch(noun -> noun.length() >= MIN_MISSPELT_NOUN && PlaceNames.spellingDistance(noun, lower) == 1);
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && (Character.isUpperCase(word.charAt(0)) || PREFIXED_NAME.matcher(word).matches());
    }

    /** Every word a proper noun (NNP): "There", "No", "Post" at a sentence start are words, not places. */
    private static boolean properNoun(List<Token> tokens, int begin, int end) {
        for (int k = begin; k < end; k++) {
            String pos = tokens.get(k).pos();
            if (pos != null && !pos.startsWith("NNP") && HAS_WORD_CHAR.matcher(tokens.get(k).word()).matches()
                    && !ARTICLE.matcher(tokens.get(k).word()).matches()) {
                return false;
            }
        }
        return true;
    }

    /** "Ahrar al-Sham", "Jaysh al-Islam", "Levant Front", "Army of Islam": a place word inside a group's name. */
    private boolean insideGroupName(List<Token> tokens, int begin, int end) {
        if (end < tokens.size()) {
            String next = tokens.get(end).word();
            if (!next.isEmpty() && Character.isUpperCase(next.charAt(0))
                    && words.groupDesignators().contains(lower(next))) {
                return true;
            }
        }
        for (int k = begin - 1; k >= Math.max(0, begin - 4); k--) {
            String word = tokens.get(k).word();
            String bare = lower(word).replaceFirst("^(al|el|ar|as|ash|ad|an|at|az)[-‐]", "");
            if (words.groupPrefixes().contains(bare)) {
                return true;
            }
            if (k == begin - 1 && word.equals("of") && k > 0 && words.groupDesignators().contains(lower(tokens.get(k - 1).word()))
                    && Character.isUpperCase(tokens.get(k - 1).word().charAt(0))) {
                return true;
            }
            if (!(startsName(tokens, k) || ARTICLE.matcher(word).matches())) {
                break;
            }
        }
        return false;
    }

    /** "Kachin State", "Sagaing Region": a first-level division and its kind, not a group named "... State". */
    /**
     * The end of a facility named after the place before token {@code end}: up to {@value #MAX_FACILITY_WORDS} words
     * (capitalised, or "'s") ending in a kind of facility ("Magistrate's Court", "police station", "General Hospital":
     * {@code facility-nouns} in {@code lang/en/grammar/span-finder.tsv}); {@code end} when none follows. Such a facility
     * is in the place its name starts with, which the division after it then confirms.
     */
    private static int facilityNamedAfter(List<Token> tokens, int end) {
        for (int k = end; k < Math.min(tokens.size(), end + MAX_FACILITY_WORDS); k++) {
            String word = tokens.get(k).word();
            if (FACILITY_NOUNS.contains(lower(word))) {
                return k + 1;
            }
            if (!capitalised(word) && !word.equals("'s") && !word.equals("’s") && !lower(word).equals("police")) {
                return end;
            }
        }
        return end;
    }

    /**
     * "Coded as Soran district", "Lamu County": a name read together with the kind of division it is, which a division
     * of that name bears out, is that division whatever tag the name got (CoreNLP often tags an unknown division PERSON).
     */
    private static boolean divisionWrittenWithItsKind(List<Token> tokens, int end, List<GazetteerPlace> places) {
        return end >= 2 && DIVISION_NOUNS.contains(lower(tokens.get(end - 1).word()))
                && places.stream().anyMatch(p -> p.isGovernorate() || p.isDistrict());
    }

    /**
     * "Tatkon town (Oke Ta Ra district, Nay Pyi Taw territory)": a division or city inside the brackets that locate
     * the name before them (ACLED's notes: "<place> (<admin2>, <admin1>)") is a place whatever tag the name got; a
     * bracket opened right after a word, closed (or the name ended by a comma) within {@value
     * #MAX_TOKENS_TO_CLOSING_BRACKET} tokens of the name.
     */
    private static boolean divisionInLocatingBracket(List<Token> tokens, int begin, int end, List<GazetteerPlace> places) {
        if (places.stream().noneMatch(p -> p.isGovernorate() || p.isDistrict() || p.weight() >= CITY_WEIGHT)) {
            return false;
        }
        boolean closed = false; // by the bracket, or by the comma before the next division of the bracket
        for (int k = end; k < Math.min(tokens.size(), end + MAX_TOKENS_TO_CLOSING_BRACKET + 1) && !closed; k++) {
            closed = CLOSERS.contains(tokens.get(k).word()) || tokens.get(k).word().equals(",");
        }
        if (!closed) {
            return false;
        }
        for (int k = begin - 1; k >= Math.max(1, begin - MAX_BRACKETED_TOKENS); k--) {
            String word = tokens.get(k).word();
            if (CLOSERS.contains(word)) {
                return false;
            }
            if (OPENERS.contains(word)) {
                return HAS_WORD_CHAR.matcher(tokens.get(k - 1).word()).matches();
            }
        }
        return false;
    }

    private static boolean divisionWithItsKind(List<Token> tokens, int end, List<GazetteerPlace> places) {
        return end < tokens.size() && DIVISION_KINDS.contains(lower(tokens.get(end).word()))
                && places.stream().anyMatch(GazetteerPlace::isGovernorate);
    }

    /** A PERSON-tagged word right before or after: the name belongs to a person ("Ali Salma"). */
    private static boolean partOfPersonName(List<Token> tokens, int begin, int end) {
        boolean before = begin > 0 && "PERSON".equals(tokens.get(begin - 1).ner());
        boolean after = end < tokens.size() && "PERSON".equals(tokens.get(end).ner());
        return before || after;
    }

    private static boolean taggedAsPlace(List<Token> tokens, int begin, int end) {
        for (int k = begin; k < end; k++) {
            if (PLACE_TAGS.contains(tokens.get(k).ner())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "died in Sednaya Military Prison", "wounded at Kisumu police station": a place cue right before a facility's name,
     * which then says where the event was. "Outside the Klawer Magistrate's Court" names the institution with "the" and
     * says nothing of the place on its own.
     */
    private boolean cueBeforeFacility(List<Token> tokens, int begin) {
        return cueBefore(tokens, begin);
    }

    /** Whether a place cue ("in", "near", "the village of") comes right before token {@code begin}. */
    boolean cueWordBefore(List<Token> tokens, int begin) {
        return cueBefore(tokens, begin);
    }

    private boolean cueBefore(List<Token> tokens, int begin) {
        if (begin == 0) {
            return false;
        }
        String previous = lower(tokens.get(begin - 1).word());
        if (words.placeCues().contains(previous)) {
            return true;
        }
        return previous.equals("of") && begin >= 2 && words.placeCues().contains(lower(tokens.get(begin - 2).word()));
    }

    private static boolean settlementNounAfter(List<Token> tokens, int end) {
        return end < tokens.size() && SETTLEMENT_NOUNS_AFTER.contains(tokens.get(end).word());
    }

    private static boolean settlementNounBefore(List<Token> tokens, int begin) {
        int k = begin - 1;
        if (k >= 0 && tokens.get(k).word().equals("of")) {
            k--;
        }
        return k >= 0 && ContextWords.SETTLEMENT_NOUNS.contains(lower(tokens.get(k).word()));
    }

    /** CoreNLP often tags multiword Syrian village names as PERSON; a settlement word first gives them away. */
    private static boolean misTaggedSettlement(List<Token> tokens, int begin, int end) {
        if (end - begin < 2) {
            return false;
        }
        String first = PlaceNames.key(tokens.get(begin).word());
        if (first.isEmpty() && begin + 1 < end) {
            first = PlaceNames.key(tokens.get(begin + 1).word());
        }
        return SETTLEMENT_WORDS.contains(first);
    }

    /** "Sfuhen town", "Kale township", "the Enab frontline": the noun after the name says what kind of place it is. */
    private static boolean placeNounAfter(List<Token> tokens, int end) {
        return end < tokens.size() && PLACE_NOUNS_AFTER.contains(tokens.get(end).word());
    }

    /** "Meznaz, Kafar Nouran and al-Mashtal": a name in a list right after an accepted place. */
    private static boolean listedAfterPlace(List<Token> tokens, int begin, int lastEnd) {
        return lastEnd == begin - 1 && LIST_JOINERS.contains(lower(tokens.get(begin - 1).word()));
    }

    /** The precision the words around the name give, and the span widened to those words. */
    private Candidate read(AnnotatedSentence sentence, int begin, int end, List<GazetteerPlace> places, boolean cued) {
        List<Token> tokens = sentence.tokens();
        List<GazetteerPlace> governorates = places.stream().filter(GazetteerPlace::isGovernorate).toList();
        String before = begin > 0 ? lower(tokens.get(begin - 1).word()) : "";
        String beforeOf = begin > 1 && before.equals("of") ? lower(tokens.get(begin - 2).word()) : "";
        String after = end < tokens.size() ? lower(tokens.get(end).word()) : "";
        List<GazetteerPlace> allPoints = places.stream().filter(p -> !p.isGovernorate()).toList();
        List<GazetteerPlace> points = SETTLEMENT_KINDS.contains(after) || SETTLEMENT_KINDS.contains(beforeOf)
                ? settlementsFirst(allPoints) : allPoints;
        if (after.equals("'s") && end + 1 < tokens.size()
                && words.governorateSuffixes().contains(lower(tokens.get(end + 1).word()))) {
            end++;
            after = lower(tokens.get(end).word());
        }
        boolean suffix = words.governorateSuffixes().contains(after);
        boolean direction = words.directions().contains(before);
        boolean provinceOf = beforeOf.equals("province") || beforeOf.equals("governorate") || beforeOf.equals("countryside");
        boolean near = words.nearCues().contains(before) || words.nearCues().contains(beforeOf)
                || end < tokens.size() && capitalised(tokens.get(end).word()) && directionAfter(tokens, end);
        boolean onlyDistricts = points.stream().allMatch(GazetteerPlace::isDistrict);
        boolean closesLocatingBrackets = closesLocatingBrackets(tokens, begin, end);
        if (!governorates.isEmpty() && (suffix || direction || provinceOf || onlyDistricts || closesLocatingBrackets)) {
            int from = direction ? widenDirections(tokens, begin) : begin;
            int to = suffix ? end + 1 : end;
            return new Candidate(sentence.index(), from, to, sentence.span(from, to), governorates, "governorate", cued);
        }
        // "Diyala", "Anbar": a division named bare, whose seat has another name, stays an option beside the
        // namesake settlements elsewhere; "Kirkuk" bare is the city, not the province it is the seat of
        List<GazetteerPlace> bareDivisions = governorates.stream().filter(g -> points.stream()
                .noneMatch(p -> p.country().equals(g.country()) && p.admin1().equals(g.admin1()))).toList();
        if (!bareDivisions.isEmpty() && !near) {
            List<GazetteerPlace> both = new java.util.ArrayList<>(points);
            both.addAll(bareDivisions);
            return new Candidate(sentence.index(), begin, end, sentence.span(begin, end), both, "exact", cued);
        }
        if (suffix && (after.equals("countryside") || after.equals("region"))) {
            return new Candidate(sentence.index(), begin, end + 1, sentence.span(begin, end + 1), points, "near", cued);
        }
        return new Candidate(sentence.index(), begin, end, sentence.span(begin, end), points, near ? "near" : "exact", cued);
    }

    /**
     * "Labutta town", "the village of Oku": the settlement, not the district named after it (whose seat may lie
     * elsewhere, or which is pinned on the middle of its places); the districts stay when no settlement has the name.
     */
    private static List<GazetteerPlace> settlementsFirst(List<GazetteerPlace> points) {
        List<GazetteerPlace> settlements = points.stream().filter(p -> !p.isDistrict()).toList();
        return settlements.isEmpty() ? points : settlements;
    }

    /**
     * The last name in brackets after a place, "Napuda (Quissanga, Cabo Delgado)", "Remedios (Antioquia)": the
     * first-level division the place lies in, as ACLED writes its notes ("<place> (<admin2>, <admin1>)", codebook
     * "notes") and news reports locate small places. Such a name is the division, not a namesake town elsewhere
     * ("Antioquia" is the Colombian department, not Antakya in Turkey, which some also spell so).
     */
    private static boolean closesLocatingBrackets(List<Token> tokens, int begin, int end) {
        if (end >= tokens.size() || !tokens.get(end).word().equals(")") && !tokens.get(end).word().equals("-RRB-")) {
            return false;
        }
        for (int k = begin - 1; k >= Math.max(1, begin - MAX_BRACKETED_TOKENS); k--) {
            String word = tokens.get(k).word();
            if (word.equals("(") || word.equals("-LRB-")) {
                return isWordOf(tokens.get(k - 1)); // after a name or "village", not a bracket opening a sentence
            }
            if (word.equals(")") || word.equals("-RRB-") || word.equals(".") || word.equals(";")) {
                return false;
            }
        }
        return false;
    }

    private static boolean isWordOf(Token token) {
        return HAS_WORD_CHAR.matcher(token.word()).matches();
    }

    private int widenDirections(List<Token> tokens, int begin) {
        int from = begin;
        while (from > 0 && words.directions().contains(lower(tokens.get(from - 1).word()))) {
            from--;
        }
        return from;
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
