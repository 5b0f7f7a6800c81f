package org.orbat.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.orbat.cli.OrbatCommand;
import org.orbat.cli.QuerySession;
import org.orbat.store.JdbcKnowledgeBase;

/**
 * The analyst page in a real headless Chromium, over a knowledge base ingested from the seed reports
 * ({@code ../shared/seeds}) plus one hostile article whose title, outlet and text carry markup.
 * Without the seeds the test is skipped; without Chromium it is skipped locally and fails when
 * {@code CI} is set (scripts/install-test-deps.sh installs it there).
 */
class WebPageBrowserTest {
    static final Path SEEDS = Path.of("..", "shared", "seeds");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOT = Path.of("target", "orbat-web.png");
    static final String SCRIPT = "<script>window.__pwned=1</script>";
    static final String IMAGE = "<img src=x onerror=\"window.__pwned=2\">";
    static final Duration WAIT = Duration.ofSeconds(30);
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static JdbcKnowledgeBase kb;
    static ApiServer server;
    static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "skipped: the seed reports " + SEEDS.toAbsolutePath().normalize()
            + " are absent, and the browser test reads them");
        requireChromium();
        Path hostile = dir.resolve("hostile.jsonl");
        ObjectNode article = JSON.createObjectNode()
            .put("id", "hostile-1")
            .put("title", "Nusra shells Idlib " + SCRIPT)
            .put("outlet", "Test Wire " + IMAGE)
            .put("published", "2016-05-12")
            .put("text", "Nusra shells Idlib " + SCRIPT + "\n\nIDLIB, May 12 (Test Wire) - Jabhat al-Nusra fighters"
                + " shelled Syrian army positions in Saraqib on Thursday " + SCRIPT + ", killing 7 soldiers, the Syrian"
                + " Observatory for Human Rights said. Jabhat al-Nusra clashed with government forces near Saraqib "
                + IMAGE + ", killing 3 fighters, the Observatory said.\n");
        // A report written for this test, so the place search has a town the seeds do not name.
        ObjectNode manbij = JSON.createObjectNode()
            .put("id", "manbij-1")
            .put("title", "Fighting on the edge of Manbij")
            .put("outlet", "Test Wire")
            .put("published", "2016-06-10")
            .put("text", "Fighting on the edge of Manbij\n\nMANBIJ, June 10 (Test Wire) - The Syrian Democratic Forces"
                + " clashed with Islamic State fighters on the western edge of Manbij on Friday, killing 12 militants,"
                + " the Syrian Observatory for Human Rights said.\n");
        // Reports written for this test, with no date: a second outlet's account of the Manbij fighting with another
        // toll (one event with the first, its toll a range) and a clash no report dates (the timeline's undated bucket).
        ObjectNode manbijAgain = JSON.createObjectNode()
            .put("id", "manbij-2")
            .put("title", "Clashes in Manbij")
            .put("outlet", "Other Wire")
            .put("text", "Clashes in Manbij\n\nThe Syrian Democratic Forces clashed with Islamic State fighters in Manbij,"
                + " killing 30 militants, local activists said.\n");
        ObjectNode undated = JSON.createObjectNode()
            .put("id", "tal-abyad-1")
            .put("title", "Attack near Tal Abyad")
            .put("outlet", "Other Wire")
            .put("text", "Attack near Tal Abyad\n\nIslamic State fighters attacked Syrian Democratic Forces positions in"
                + " Tal Abyad, killing 4 fighters, local activists said.\n");
        Files.writeString(hostile, JSON.writeValueAsString(article) + "\n" + JSON.writeValueAsString(manbij) + "\n"
            + JSON.writeValueAsString(manbijAgain) + "\n" + JSON.writeValueAsString(undated) + "\n");
        Path db = dir.resolve("kb.db");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OrbatCommand.run(new PrintWriter(out), new PrintWriter(err), "ingest", SEEDS.toString(),
            hostile.toString(), "--db", db.toString());
        assertThat(code).as("ingest: " + out + err).isZero();

        kb = JdbcKnowledgeBase.open(db.toString());
        // The queries `orbat serve` asks, so places are found by any spelling as they are there.
        server = ApiServer.start(QuerySession.queriesOver(kb, Duration.ZERO), ServerOptions.loopback(0),
            new RateLimiter(10_000, 10_000, System::nanoTime));
        browser = chromium();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (kb != null) {
            kb.close();
        }
    }

    @BeforeEach
    void openPage() {
        browser.get("http://127.0.0.1:" + server.port() + "/");
        waitForIdle();
        assertThat(browser.getTitle()).startsWith("Orbat");
    }

    @Test
    void showsHazmAndNusraTurningFromAlliesToRivalsAndTheEvidenceOfAnEvent() throws Exception {
        WebElement search = browser.findElement(By.id("search"));
        search.sendKeys("Harkat Hazm");
        browser.findElement(By.id("search-go")).click();
        waitUntil("Harkat Hazm focused", () -> "hazm-movement".equals(js("return document.body.dataset.focus || ''")));

        setMonth("2014-10");
        assertThat(hazmNusraTypes()).containsExactly("ally_of");
        assertThat(js("return document.querySelector('#slider-label').textContent")).isEqualTo("2014-10");

        setMonth("2015-03");
        assertThat(hazmNusraTypes()).containsExactly("rival_of");

        // Tapping the edge in the graph shows the relation's evidence.
        js("window.orbat.cy.edges().filter(e => e.data('type') === 'rival_of'"
            + " && [e.source().data('actor'), e.target().data('actor')].includes('nusra-front')).emit('tap')");
        waitUntil("relation evidence", () -> "relation".equals(js(
            "const f = document.querySelector('#evidence .fact-view'); return f ? f.dataset.kind : ''")));
        assertThat(evidenceSentences()).isNotEmpty();

        WebElement event = browser.findElement(By.cssSelector("#timeline li.event"));
        String factId = event.getAttribute("data-fact");
        event.click();
        waitForEvidenceOf(factId);
        List<String> expected = new ArrayList<>();
        for (JsonNode item : api("/api/evidence/" + factId).get("evidence")) {
            expected.add(item.get("text").asText());
        }
        assertThat(expected).isNotEmpty();
        assertThat(evidenceSentences()).containsExactlyElementsOf(expected);

        Files.createDirectories(SCREENSHOT.getParent());
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT,
            StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void showsMarkupFromArticlesAsTextAndRunsNoneOfIt() {
        setMonth("2016-05");
        List<WebElement> events = browser.findElements(By.cssSelector("#timeline li.event[data-date='2016-05-12']"));
        assertThat(events).as("events of the hostile article on the timeline").isNotEmpty();
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < events.size(); i++) {
            WebElement event = browser.findElements(By.cssSelector("#timeline li.event[data-date='2016-05-12']")).get(i);
            String factId = event.getAttribute("data-fact");
            event.click();
            waitForEvidenceOf(factId);
            shown.append(js("return document.getElementById('evidence').textContent"));
        }
        assertThat(shown.toString()).contains(SCRIPT).contains("<img src=x onerror=");
        assertThat(js("return typeof window.__pwned")).isEqualTo("undefined");
        assertThat(js("return document.querySelectorAll('img[src=\"x\"]').length")).isEqualTo(0L);
        assertThat(js("return [...document.scripts].filter(s => s.textContent.includes('__pwned')).length")).isEqualTo(0L);
    }

    @Test
    void findsAPlaceByNameOnTheMapAndLabelsIt() {
        browser.findElement(By.id("place")).sendKeys("Manbij");
        browser.findElement(By.id("place-go")).click();
        waitUntil("events at Manbij", () -> "Manbij".equals(js("return document.body.dataset.place || ''")));
        waitForIdle();
        List<WebElement> events = browser.findElements(By.cssSelector("#timeline li.event"));
        assertThat(events).as("events at Manbij").isNotEmpty();
        // The gazetteer (OCHA) writes the town "Menbij"; the search found it by the spelling the report used.
        for (WebElement event : events) {
            assertThat(event.getText()).contains("Menbij");
        }
        assertThat(events).extracting(e -> e.getAttribute("data-date")).contains("2016-06-10");
        // The labels are redrawn with every events load; under load a reading at once once caught an earlier drawing.
        waitUntil("the map's place labels", () -> List.of("Menbij").equals(
            js("return [...document.querySelectorAll('.place-label')].map(l => l.textContent)")));
        assertThat(js("return location.search")).asString().contains("place=Manbij");
    }

    @Test
    void showsTwoOutletsReportsOfOneClashAsOneEventWithItsTollRangeAndEachReportsDate() {
        browser.findElement(By.id("place")).sendKeys("Manbij");
        browser.findElement(By.id("place-go")).click();
        waitUntil("events at Manbij", () -> "Manbij".equals(js("return document.body.dataset.place || ''")));
        waitForIdle();
        List<WebElement> clashes = browser.findElements(By.cssSelector("#timeline li.event[data-date='2016-06-10']")).stream()
            .filter(e -> e.getText().contains("Islamic State")).toList();
        assertThat(clashes).as("the clash, once").hasSize(1);
        assertThat(clashes.get(0).getText()).contains("12–30 killed (sources disagree)").contains("2 reports: 2016-06-10, undated");
        String factId = clashes.get(0).getAttribute("data-fact");
        clashes.get(0).click();
        waitForEvidenceOf(factId);
        assertThat(js("return document.querySelector('#evidence .reports').textContent"))
            .isEqualTo("Reports: 2016-06-10, 12 killed; undated, 30 killed");
        assertThat(js("return document.getElementById('evidence').textContent")).asString().contains("report undated");
    }

    @Test
    void listsEventsNoReportDatesInAnUndatedBucketOfTheTimeline() {
        WebElement search = browser.findElement(By.id("search"));
        search.sendKeys("Syrian Democratic Forces");
        browser.findElement(By.id("search-go")).click();
        waitUntil("SDF focused", () -> !"".equals(js("return document.body.dataset.focus || ''")));
        setMonth("2016-07");
        List<WebElement> undated = browser.findElements(By.cssSelector("#timeline li.event.undated[data-date='undated']"));
        assertThat(undated).extracting(WebElement::getText).anySatisfy(t -> assertThat(t).contains("Islamic State", "4 killed"));
        assertThat(browser.findElement(By.id("undated-heading")).getText()).startsWith("Undated");
        assertThat(js("return document.getElementById('strip-undated').textContent")).isEqualTo("undated " + undated.size());
        assertThat(js("return document.querySelectorAll('#strip circle.undated').length")).isEqualTo((long) undated.size());
        // Dated events come first, the undated after their heading.
        assertThat(js("const items = [...document.querySelectorAll('#timeline li')];"
            + "const h = items.findIndex(li => li.id === 'undated-heading');"
            + "return items.slice(0, h).every(li => !li.classList.contains('undated'))"
            + " && items.slice(h + 1).every(li => li.classList.contains('undated'))")).isEqualTo(true);
    }

    @Test
    void filtersTheNetworkToOneRelationType() {
        setMonth("2015-03");
        showOnly("rival_of");
        List<WebElement> listed = browser.findElements(By.cssSelector("#ties li[data-type]"));
        assertThat(listed).as("rivalries listed").isNotEmpty();
        assertThat(listed).extracting(li -> li.getAttribute("data-type")).containsOnly("rival_of");
        assertThat(js("return [...new Set(window.orbat.cy.edges().map(e => e.data('type')))]")).isEqualTo(List.of("rival_of"));
    }

    @Test
    void aLinkToTheViewReopensTheSameView() {
        WebElement search = browser.findElement(By.id("search"));
        search.sendKeys("Harkat Hazm");
        browser.findElement(By.id("search-go")).click();
        waitUntil("Harkat Hazm focused", () -> "hazm-movement".equals(js("return document.body.dataset.focus || ''")));
        setMonth("2015-03");
        showOnly("rival_of");
        String link = browser.findElement(By.id("share")).getAttribute("href");
        assertThat(link).contains("actor=hazm-movement").contains("month=2015-03").contains("types=rival_of");
        Object edges = js("return window.orbat.cy.edges().map(e => e.data('type') + ' ' + e.data('id')).sort()");

        browser.get("about:blank");
        browser.get(link);
        waitUntil("the linked view", () -> "2015-03".equals(js("return document.body.dataset.networkAt || ''")));
        waitForIdle();
        assertThat(js("return document.body.dataset.focus")).isEqualTo("hazm-movement");
        assertThat(js("return document.querySelector('#slider-label').textContent")).isEqualTo("2015-03");
        assertThat(js("return [...document.querySelectorAll('#legend input:checked')].map(b => b.dataset.type)"))
            .isEqualTo(List.of("rival_of"));
        assertThat(js("return window.orbat.cy.edges().map(e => e.data('type') + ' ' + e.data('id')).sort()")).isEqualTo(edges);
    }

    /** Unticks every relation type in the legend but {@code type}, as a user would. */
    private static void showOnly(String type) {
        for (WebElement box : browser.findElements(By.cssSelector("#legend input[data-type]"))) {
            if (box.isSelected() != type.equals(box.getAttribute("data-type"))) {
                box.click();
            }
        }
        waitForIdle();
    }

    private static void requireChromium() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String message = CHROMIUM + " or " + CHROMEDRIVER + " is missing: run scripts/install-test-deps.sh"
            + " (apt-get install chromium chromium-driver)";
        if (System.getenv("CI") != null) {
            fail("CI is set and the browser test cannot run: " + message);
        }
        assumeTrue(false, "skipped: " + message);
    }

    private static WebDriver chromium() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--window-size=1400,1000", "--user-data-dir=" + Files.createTempDirectory(dir, "chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
        return new ChromeDriver(service, options);
    }

    /** Moves the slider to {@code month} as a user would, and waits for the network at that month. */
    private static void setMonth(String month) {
        js("const s = document.getElementById('slider');"
            + "const [y, m] = arguments[0].split('-').map(Number);"
            + "s.value = String((y - 2011) * 12 + m - 1);"
            + "s.dispatchEvent(new Event('input')); s.dispatchEvent(new Event('change'));", month);
        waitUntil("network at " + month, () -> month.equals(js("return document.body.dataset.networkAt || ''")));
        waitForIdle();
    }

    /** The ally_of / rival_of ties between Hazm and Nusra, as the relation list and the drawn graph both show them. */
    private static List<String> hazmNusraTypes() {
        List<String> listed = new ArrayList<>();
        for (WebElement tie : browser.findElements(By.cssSelector("#ties li[data-type]"))) {
            List<String> ends = List.of(tie.getAttribute("data-source"), tie.getAttribute("data-target"));
            String type = tie.getAttribute("data-type");
            if (ends.contains("hazm-movement") && ends.contains("nusra-front")
                && (type.equals("ally_of") || type.equals("rival_of"))) {
                listed.add(type);
            }
        }
        Object drawn = js("return window.orbat.cy.edges().filter(e => {"
            + " const ends = [e.source().data('actor'), e.target().data('actor')];"
            + " return ends.includes('hazm-movement') && ends.includes('nusra-front')"
            + " && ['ally_of', 'rival_of'].includes(e.data('type')); }).map(e => e.data('type'))");
        assertThat(drawn).as("edges drawn").isEqualTo(listed);
        return listed;
    }

    private static List<String> evidenceSentences() {
        List<String> sentences = new ArrayList<>();
        for (WebElement s : browser.findElements(By.cssSelector("#evidence blockquote.sentence"))) {
            sentences.add((String) js("return arguments[0].textContent", s));
        }
        return sentences;
    }

    private static void waitForEvidenceOf(String factId) {
        waitUntil("evidence of " + factId, () -> Boolean.TRUE.equals(js(
            "const f = document.querySelector('#evidence .fact-view');"
                + "return !!f && f.dataset.fact === arguments[0]", factId)));
    }

    private static void waitForIdle() {
        waitUntil("page idle", () -> "false".equals(js("return document.body.dataset.busy || ''")));
    }

    private static void waitUntil(String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, WAIT).withMessage(() -> "waiting for " + what + "; status: "
            + js("return document.getElementById('status').textContent")).until(d -> condition.getAsBoolean());
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static JsonNode api(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(r.body());
    }
}
