package org.orbat.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Extracts the readable text of an HTML page: drops elements that are page furniture by tag
 * (script, style, nav, header, footer, aside, form, ...) and by class or id keywords (comment, share,
 * related, menu, sidebar, cookie, ...), then writes the remaining text with one line per block element,
 * so paragraphs stay paragraphs. Walks the tree iteratively, so deeply nested pages cannot overflow
 * the stack. Stateless; threads may share it.
 */
final class HtmlText {
    private static final String DROPPED_TAGS = "script, style, noscript, template, svg, iframe, nav, header, footer,"
            + " aside, form, button, select, menu, dialog";
    /** Class or id words (split on '-', '_' and spaces) that mark furniture; matched as word prefixes. */
    private static final Set<String> FURNITURE_WORDS = Set.of("comment", "comments", "share", "sharing", "social",
            "related", "menu", "nav", "navbar", "navigation", "sidebar", "cookie", "cookies", "newsletter",
            "subscribe", "advert", "advertisement", "ads", "promo", "breadcrumb", "breadcrumbs", "footer",
            "widget", "popup", "modal", "banner", "disqus", "recommended", "outbrain", "taboola");
    private static final Pattern CLASS_SPLIT = Pattern.compile("[\\s_-]+");
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "ul", "ol", "blockquote", "pre", "article", "section", "main", "table", "tr", "td", "th", "dd", "dt",
            "dl", "figure", "figcaption", "hr", "address", "caption");

    private HtmlText() {
    }

    /** Removes furniture from {@code page} (in place) and returns its text, one block per line. */
    static String extract(Document page) {
        page.select(DROPPED_TAGS).remove();
        int pageLength = page.text().length();
        page.select("[class], [id]").stream()
                .filter(HtmlText::isFurniture)
                .filter(element -> !holdsTheStory(element, pageLength))
                .toList()
                .forEach(Node::remove);
        StringBuilder out = new StringBuilder();
        Element root = page.body() != null ? page.body() : page;
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    out.append('\n');
                }
            }
        }, root);
        return out.toString().lines().map(line -> line.replaceAll("[\\s\\u00A0]+", " ").strip())
                .reduce(new StringBuilder(), (sb, line) -> sb.append(line).append('\n'), StringBuilder::append)
                .toString();
    }

    /** A wrapper whose class merely mentions furniture ("has-sidebar") but holds most of the page stays. */
    private static boolean holdsTheStory(Element element, int pageLength) {
        return element.selectFirst("article, main") != null || element.text().length() * 2 > pageLength;
    }

    private static boolean isFurniture(Element element) {
        if (element == element.ownerDocument() || "body".equals(element.normalName())
                || "html".equals(element.normalName()) || "article".equals(element.normalName())
                || "main".equals(element.normalName())) {
            return false;
        }
        String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        for (String word : CLASS_SPLIT.split(names)) {
            if (FURNITURE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
