package org.orbat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orbat.cli.IngestCommandTest.Run;
import org.orbat.store.JdbcKnowledgeBase;

/**
 * {@code orbat watch} against feeds served on loopback: a second poll ingests nothing new, a changed item replaces its
 * document, and the same wire story on two outlets is one document with both outlets. The reports are written for
 * this test.
 */
class WatchCommandTest {
    private static final String CLASH = "Fighters of the Hazm Movement clashed with the Nusra Front near Atarib on Monday, "
        + "a local monitor said. At least twelve fighters were killed in the fighting, which lasted several hours. "
        + "The Nusra Front later said it had taken two villages west of the town. Residents said the roads to Aleppo "
        + "were closed for most of the day and that families had fled towards the Turkish border.";
    private static final String STRIKE = "Warplanes struck the town of Maarat al-Numan in Idlib province on Tuesday, "
        + "killing four civilians, rescue workers said. The strikes hit a market and a bakery in the centre of the town. "
        + "No group said it had carried out the raid. It was the third strike on the town this month, residents said, "
        + "and most shops had closed by the evening.";

    @TempDir
    Path dir;

    private HttpServer server;
    private final Map<String, String> feeds = new ConcurrentHashMap<>();

    @BeforeEach
    void serveFeeds() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String body = feeds.get(exchange.getRequestURI().getPath());
            byte[] bytes = (body == null ? "" : body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        feeds.put("/wire.xml", rss("Levant Wire", item("wire-1", "Rebels clash near Atarib", CLASH), item("wire-2", "Strikes on Maarat al-Numan", STRIKE)));
        feeds.put("/daily.xml", rss("Aleppo Daily", item("daily-77", "Deadly fighting west of Aleppo",
            "By our correspondent. " + CLASH)));
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static String rss(String title, String... items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>" + title
            + "</title><link>http://example.org/</link><description>news</description>" + String.join("", items) + "</channel></rss>";
    }

    private static String item(String guid, String title, String text) {
        return "<item><guid isPermaLink=\"false\">" + guid + "</guid><title>" + title + "</title><link>http://example.org/" + guid
            + "</link><pubDate>Tue, 03 Mar 2015 10:00:00 GMT</pubDate><description><![CDATA[<p>" + text + "</p>]]></description></item>";
    }

    @Test
    void aSecondPollIngestsNothingNewAChangedItemIsReadAgainAndOneStoryOnTwoOutletsIsOneDocument() {
        String db = dir.resolve("kb.db").toString();
        Run first = IngestCommandTest.run("watch", url("/wire.xml"), url("/daily.xml"), "--polls", "2", "--every", "1s", "--db", db);
        assertThat(first.code()).as(first.out() + first.err()).isZero();
        assertThat(first.out()).contains("poll 1").contains("/wire.xml: 2 new or changed, 0 unchanged, 0 same story")
            .contains("/daily.xml: 0 new or changed, 0 unchanged, 1 same story");
        assertThat(first.out().lines().filter(l -> l.startsWith("poll 2") && l.contains("/wire.xml")))
            .singleElement().asString().contains("0 new or changed, 2 unchanged");

        feeds.put("/wire.xml", rss("Levant Wire", item("wire-1", "Rebels clash near Atarib", CLASH),
            item("wire-2", "Strikes on Maarat al-Numan", STRIKE.replace("four civilians", "five civilians"))));
        Run second = IngestCommandTest.run("watch", url("/wire.xml"), "--polls", "1", "--db", db);
        assertThat(second.out()).contains("/wire.xml: 1 new or changed, 1 unchanged");

        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(db)) {
            assertThat(kb.counts().get("documents")).isEqualTo(2);
            String clash = kb.snapshot().documents().stream().filter(d -> "wire-1".equals(d.sourceId())).findFirst().orElseThrow().id();
            assertThat(kb.outletsOf(clash)).singleElement().satisfies(o -> assertThat(o).contains("Aleppo Daily", "http://example.org/daily-77"));
            assertThat(kb.snapshot().events()).anyMatch(e -> Integer.valueOf(5).equals(e.fatalities()));
        }
    }

    @Test
    void aFeedThatCannotBeReadIsOneLineNamingItAndAFailedRun() {
        Run run = IngestCommandTest.run("watch", url("/missing.xml"), "--polls", "1", "--db", dir.resolve("kb.db").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("1 failed").contains("failed: " + url("/missing.xml")).contains("not a readable RSS or Atom feed");
        assertThat(IngestCommandTest.run("watch", "x.xml", "--every", "soon").err()).contains("Invalid --every 'soon'");
    }
}
