package org.orbat.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.orbat.actors.ActorRegistry;
import org.orbat.extract.places.GazetteerPlace;

/**
 * Writes synthetic news that reads like a year of agency reports on several wars, for ingest at scale: each article
 * is a short dispatch about one war ({@link Theatres}), a title and three to seven one-sentence paragraphs: a lead
 * incident with its place, day, toll and source, sometimes a second incident, a statement of who is allied with,
 * backed by or at war with whom, two or three lines of background and, half the time, a closing line, all from
 * {@link ArticleTemplates} filled with the registry's names and aliases, the gazetteer's places, days before the
 * publication date and reporting sources (the registry's organizations and generic ones, "according to medical
 * sources"). Publication dates spread over one year. Article {@code i} of a seed is always the same text, however
 * many are written.
 *
 * <p>Run by {@code orbat generate-articles FILE [--articles N] [--seed N] [--year YYYY]}.
 */
public final class ArticleGenerator {
    public static final int DEFAULT_ARTICLES = 100_000;
    public static final long DEFAULT_SEED = 17;
    public static final int DEFAULT_YEAR = 2024;
    /** How often each lead incident is reported, in parts: fighting and shelling most, as in agency wires. */
    private static final Map<String, Integer> LEAD_WEIGHTS = Map.of("battle", 30, "remote_violence", 28,
        "violence_against_civilians", 12, "territory_capture", 10, "protest", 10, "arrest_abduction", 10);
    private static final Pattern SLOT = Pattern.compile("\\{([A-Z0-9]+)}");
    private static final Pattern ORGANISATION_WORDS = Pattern.compile(
        ".*\\b(Observatory|Network|Committee|Committees|Center|Centre|Institute|Organization|Organisation|Commission|Office|"
            + "Society|Group|Foundation|Agency|Nations|Cross|Crescent|Project)\\b.*");

    private final List<Theatre> theatres;
    private final int[] cumulative;
    private final ArticleTemplates templates;
    private final List<String> organisations;
    private final List<String> eventTypes;
    private final long seed;
    private final int year;

    public ArticleGenerator(List<Theatre> theatres, ArticleTemplates templates, List<String> organisations, long seed, int year) {
        if (theatres.isEmpty()) {
            throw new IllegalArgumentException("Need at least one theatre to write about");
        }
        this.theatres = List.copyOf(theatres);
        this.cumulative = new int[theatres.size()];
        int sum = 0;
        for (int i = 0; i < theatres.size(); i++) {
            // A war is reported in proportion to how many armed groups fight in it.
            sum += theatres.get(i).groups().size();
            cumulative[i] = sum;
        }
        this.templates = templates;
        this.organisations = List.copyOf(organisations);
        this.eventTypes = templates.types("event").stream().filter(LEAD_WEIGHTS::containsKey).toList();
        if (eventTypes.isEmpty()) {
            throw new IllegalArgumentException("The templates have no event type to lead with: " + templates.byKind().keySet());
        }
        this.seed = seed;
        this.year = year;
    }

    /** A generator over the shipped registry, gazetteer and templates. */
    public static ArticleGenerator standard(long seed, int year) {
        ArticleTemplates templates = ArticleTemplates.loadDefault();
        ActorRegistry registry = ActorRegistry.loadDefault();
        List<String> organisations = new ArrayList<>();
        for (String id : templates.of("source-org")) {
            String name = registry.require(id).actor().name();
            organisations.add(ORGANISATION_WORDS.matcher(name).matches() ? "the " + name : name);
        }
        return new ArticleGenerator(Theatres.build(registry, org.orbat.extract.places.Gazetteer.loadDefault()), templates,
            organisations, seed, year);
    }

    /** Writes articles {@code 0} to {@code count - 1} to {@code file} as JSON Lines; returns the bytes written. */
    public long write(Path file, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("Article count cannot be negative: " + count);
        }
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                out.write(json.writeValueAsString(jsonLine(article(i))));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the size of " + file, e);
        }
    }

    static Map<String, String> jsonLine(SyntheticArticle a) {
        Map<String, String> line = new LinkedHashMap<>();
        line.put("id", a.id());
        line.put("title", a.title());
        line.put("outlet", a.outlet());
        line.put("url", a.url());
        line.put("published", a.published().toString());
        line.put("language", "en");
        line.put("text", a.text());
        return line;
    }

    /** Article number {@code index} of this generator's seed. */
    public SyntheticArticle article(long index) {
        Random random = new Random(mix(seed, index));
        Theatre theatre = pickTheatre(random);
        LocalDate published = LocalDate.of(year, 1, 1).plusDays(random.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
        Filler fill = new Filler(theatre, published, random);
        String lead = pickLead(random);
        String title = capitalise(fill.apply(pick(random, templates.of("title:" + lead))));
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(fill.apply(pick(random, templates.of("event:" + lead))));
        if (random.nextInt(100) < 40) {
            fill.nextIncident();
            paragraphs.add(fill.apply(pick(random, templates.of("event:" + pickLead(random)))));
        }
        List<String> relations = templates.types("relation");
        if (!relations.isEmpty() && random.nextInt(100) < 45) {
            paragraphs.add(fill.apply(pick(random, templates.of("relation:" + pick(random, relations)))));
        }
        List<String> contexts = new ArrayList<>(templates.of("context"));
        int context = Math.min(contexts.size(), 2 + random.nextInt(2));
        for (int i = 0; i < context; i++) {
            paragraphs.add(fill.apply(contexts.remove(random.nextInt(contexts.size()))));
        }
        if (random.nextBoolean()) {
            paragraphs.add(fill.apply(pick(random, templates.of("closing"))));
        }
        String outlet = pick(random, templates.of("outlet"));
        String id = "gen-" + seed + "-" + index;
        String url = "https://example.org/" + outlet.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "/" + published + "/" + id;
        List<String> sentences = paragraphs.stream().map(ArticleGenerator::capitalise).toList();
        return new SyntheticArticle(id, title, outlet, url, published, String.join("\n\n", sentences));
    }

    /**
     * A well-spread seed for article {@code index} (SplitMix64's finaliser): {@link Random}'s first draws from nearby
     * seeds are alike, so consecutive articles seeded {@code seed + index} would start the same way.
     */
    static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private Theatre pickTheatre(Random random) {
        int r = random.nextInt(cumulative[cumulative.length - 1]);
        for (int i = 0; i < cumulative.length; i++) {
            if (r < cumulative[i]) {
                return theatres.get(i);
            }
        }
        return theatres.get(theatres.size() - 1);
    }

    private String pickLead(Random random) {
        int total = eventTypes.stream().mapToInt(LEAD_WEIGHTS::get).sum();
        int r = random.nextInt(total);
        for (String type : eventTypes) {
            r -= LEAD_WEIGHTS.get(type);
            if (r < 0) {
                return type;
            }
        }
        return eventTypes.get(0);
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Fills one article's slots: the same parties, places and toll throughout, unless a second incident is begun. */
    private final class Filler {
        private final Theatre theatre;
        private final LocalDate published;
        private final Random random;
        private Theatre.Party a;
        private Theatre.Party b;
        private GazetteerPlace place;
        private GazetteerPlace other;
        private int toll;

        Filler(Theatre theatre, LocalDate published, Random random) {
            this.theatre = theatre;
            this.published = published;
            this.random = random;
            nextIncident();
        }

        /** New parties and places for a second incident in the same report. */
        void nextIncident() {
            List<Theatre.Party> groups = theatre.groups();
            a = pick(random, groups);
            do {
                b = pick(random, groups);
            } while (b.equals(a));
            // Government forces are one side of about a third of what is reported.
            if (!theatre.government().isEmpty() && random.nextInt(3) == 0) {
                a = theatre.government().get(0);
            }
            place = pick(random, theatre.places());
            other = pick(random, theatre.places());
            toll = count();
        }

        String apply(String template) {
            Matcher m = SLOT.matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1))));
            }
            m.appendTail(out);
            return out.toString();
        }

        private String value(String slot) {
            return switch (slot) {
                case "A" -> name(a);
                case "B" -> name(b);
                case "S" -> name(theatre.government().isEmpty() ? a : theatre.government().get(0));
                case "P" -> place.name();
                case "P2" -> other.name();
                case "R" -> place.admin1() == null || place.admin1().isBlank() ? place.name() : place.admin1();
                case "D" -> day();
                case "N" -> Integer.toString(toll);
                case "M" -> Integer.toString(count());
                case "Y" -> Integer.toString(published.getYear() - 1 - random.nextInt(8));
                case "SRC" -> source();
                default -> throw new IllegalArgumentException("Unknown slot {" + slot + "} in " + ArticleTemplates.RESOURCE);
            };
        }

        /** The canonical name most often, else an alias, now and then an abbreviation. */
        private String name(Theatre.Party party) {
            List<String> names = party.names();
            int aliases = names.size() - 1 - party.abbreviations();
            int r = random.nextInt(100);
            if (r < 10 && party.abbreviations() > 0) {
                return names.get(names.size() - 1 - random.nextInt(party.abbreviations()));
            }
            if (r < 45 && aliases > 0) {
                return names.get(1 + random.nextInt(aliases));
            }
            return names.get(0);
        }

        /** A day up to three days before publication, by weekday or by date, as dispatches write it. */
        private String day() {
            LocalDate day = published.minusDays(random.nextInt(4));
            if (random.nextBoolean()) {
                return "on " + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            }
            return "on " + day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }

        /** A toll or count, mostly small, sometimes dozens. */
        private int count() {
            return 1 + (int) Math.floor(Math.exp(random.nextDouble() * Math.log(60)));
        }

        private String source() {
            return random.nextBoolean() && !organisations.isEmpty() ? pick(random, organisations) : pick(random, templates.of("source"));
        }
    }
}
