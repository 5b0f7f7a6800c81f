package org.orbat.export;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * What the XML exporters share: a JDK {@link XMLStreamWriter} (which escapes {@code &}, {@code <}
 * and quotes) and the removal of characters XML 1.0 cannot carry at all (control characters,
 * lone surrogates), which escaping cannot fix and which would make the file unreadable.
 */
final class Xml {
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private Xml() {
    }

    static XMLStreamWriter writer(OutputStream out) throws IOException {
        try {
            return XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        } catch (XMLStreamException e) {
            throw new IOException("Could not start an XML writer", e);
        }
    }

    /** A line break and {@code depth} levels of two-space indent, so people can read the file too. */
    /**
     * Starts the document and its root element in {@code ns} as the default namespace, with the
     * {@code xsi:schemaLocation} hint that points readers to {@code schema}.
     */
    static void startRoot(XMLStreamWriter w, String ns, String root, String schema) throws XMLStreamException {
        w.writeStartDocument("UTF-8", "1.0");
        indent(w, 0);
        w.setDefaultNamespace(ns);
        w.writeStartElement(ns, root);
        w.writeDefaultNamespace(ns);
        w.writeNamespace("xsi", XSI);
        w.writeAttribute(XSI, "schemaLocation", ns + " " + schema);
    }

    /** Closes the root element opened by {@link #startRoot} and the document, and flushes. */
    static void endRoot(XMLStreamWriter w) throws XMLStreamException {
        indent(w, 0);
        w.writeEndElement();
        indent(w, 0);
        w.writeEndDocument();
        w.flush();
        w.close();
    }

    static void indent(XMLStreamWriter w, int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }

    /**
     * The id as an XML name token (what GraphML requires of node ids and edge ends): every character
     * that may not stand in one is written as {@code _hex_}, so {@code "a b"} becomes {@code "a_20_b"}.
     * Ids that are already name tokens, as Orbat's slugs are, pass unchanged.
     */
    static String nmtoken(String id) {
        StringBuilder sb = new StringBuilder(id.length());
        id.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == ':'
                || Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                sb.appendCodePoint(c);
            } else {
                sb.append('_').append(Integer.toHexString(c)).append('_');
            }
        });
        return sb.toString();
    }

    /** The text with every character XML 1.0 forbids removed (XML 1.0 §2.2, production Char); null becomes empty. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                sb.append(c).append(text.charAt(++i));
            } else if (c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
