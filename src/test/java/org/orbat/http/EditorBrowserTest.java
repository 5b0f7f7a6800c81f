package org.orbat.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.orbat.cli.QuerySession;
import org.orbat.store.JdbcKnowledgeBase;
import org.orbat.store.corrections.CorrectionAction;
import org.orbat.store.corrections.CorrectionsSurviveReingestTest;

/**
 * The page's editing in a real headless Chromium: an editor signs in, rejects an event and merges two actors; a
 * reader sees no editing controls and the API refuses a correction without a session. The knowledge base holds two
 * reports written for the corrections tests.
 */
class EditorBrowserTest {
    static final Duration WAIT = Duration.ofSeconds(30);
    static final String PASSWORD = "correct horse battery";

    @TempDir
    static Path dir;
    static JdbcKnowledgeBase kb;
    static ApiServer server;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.require();
        kb = JdbcKnowledgeBase.open(dir.resolve("kb.db").toString());
        CorrectionsSurviveReingestTest.writeBothArticles(kb);
        Path editors = dir.resolve("editors.txt");
        Files.writeString(editors, Editors.entry("ana", PASSWORD.toCharArray()) + "\n");
        CorrectionDesk desk = CorrectionDesk.of(kb);
        server = ApiServer.start(QuerySession.queriesOver(kb, Duration.ZERO), ServerOptions.loopback(0),
            new RateLimiter(10_000, 10_000, System::nanoTime), new Editing(Editors.load(editors, Clock.systemUTC()), desk));
        browser = HeadlessChromium.start(dir);
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

    private static String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    @Test
    void anEditorSignsInRejectsAnEventAndMergesTwoActorsWhileAReaderCannot() throws Exception {
        // A reader: the sign-in form, but no editing controls, and the API refuses a correction without a session.
        browser.get(url("/"));
        waitUntil("sign-in form", () -> !browser.findElements(By.id("signin-form")).isEmpty());
        openFirstEvent();
        assertThat(browser.findElements(By.cssSelector("#evidence .edit-bar"))).isEmpty();
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/api/corrections")))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                "{\"action\":\"reject-event\",\"target\":\"doc-first-e0\",\"reason\":\"x\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(401);

        // A wrong password is refused.
        signIn("ana", "not the password");
        waitUntil("refusal", () -> text("edit-status").contains("Sign-in failed"));

        // The editor signs in and rejects the event shown.
        signIn("ana", PASSWORD);
        waitUntil("signed in", () -> text("edit-status").contains("Signed in as ana"));
        String event = openFirstEvent();
        waitUntil("editing controls", () -> !browser.findElements(By.cssSelector("#evidence .edit-bar")).isEmpty());
        browser.findElement(By.cssSelector("#evidence .edit-reason")).sendKeys("no such clash in the source");
        browser.findElement(By.cssSelector("#evidence .reject-fact")).click();
        waitUntil("rejected", () -> text("edit-status").contains("Rejected event"));
        assertThat(kb.corrections()).anySatisfy(c -> {
            assertThat(c.correction().action()).isEqualTo(CorrectionAction.REJECT_EVENT);
            assertThat(c.correction().editor()).isEqualTo("ana");
            assertThat(c.correction().reason()).isEqualTo("no such clash in the source");
        });
        assertThat(kb.snapshot().events()).noneMatch(e -> e.id().equals(event));

        // The review queue holds relations as well as events, each named as corrections name it.
        HttpResponse<String> review = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/api/review?size=50")))
            .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(review.body()).contains("\"kind\":\"relation\"").contains("\"fact_id\":\"supported_by|hazm-movement|united-states\"");

        // And merges two actors by any of their names.
        browser.findElement(By.id("merge-from")).sendKeys("Jabhat al-Nusra");
        browser.findElement(By.id("merge-into")).sendKeys("Nusra");
        browser.findElement(By.id("merge-go")).click();
        waitUntil("merged", () -> text("edit-status").contains("Merged"));
        assertThat(kb.snapshot().actors()).noneMatch(a -> a.actor().id().equals("jabhat-al-nusra"));
    }

    private static void signIn(String name, String password) {
        browser.findElement(By.id("signin-name")).clear();
        browser.findElement(By.id("signin-name")).sendKeys(name);
        browser.findElement(By.id("signin-password")).clear();
        browser.findElement(By.id("signin-password")).sendKeys(password);
        browser.findElement(By.id("signin-go")).click();
    }

    /** Clicks the first event of the timeline and waits for its evidence; returns its id. */
    private static String openFirstEvent() {
        waitUntil("events on the timeline", () -> !browser.findElements(By.cssSelector("#timeline li.event")).isEmpty());
        String id = browser.findElement(By.cssSelector("#timeline li.event")).getAttribute("data-fact");
        browser.findElement(By.cssSelector("#timeline li.event")).click();
        waitUntil("evidence of " + id, () -> Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
            "const f = document.querySelector('#evidence .fact-view'); return !!f && f.dataset.fact === arguments[0]", id)));
        return id;
    }

    private static String text(String id) {
        return browser.findElements(By.id(id)).isEmpty() ? "" : browser.findElement(By.id(id)).getText();
    }

    private static void waitUntil(String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, WAIT).withMessage(() -> "waiting for " + what).until(d -> condition.getAsBoolean());
    }
}
