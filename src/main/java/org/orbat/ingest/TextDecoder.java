package org.orbat.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text, or rejects them with a reason naming the problem: UTF-8 decoded
 * strictly (a malformed byte is reported with its offset, never replaced); a UTF-8 byte-order mark is
 * dropped; UTF-16 with a byte-order mark is decoded as such; NUL bytes or many control characters mean
 * a binary file; nothing but white space means an empty file. Stateless; threads may share it.
 */
final class TextDecoder {
    /** Share of control bytes, in the sampled prefix, above which a file counts as binary. */
    private static final double MAX_CONTROL_SHARE = 0.10;
    private static final int SAMPLE_BYTES = 8192;

    private TextDecoder() {
    }

    /** @throws UnreadableArticleException naming {@code source} when the bytes are not readable text */
    static String decode(byte[] bytes, String source) {
        String text;
        if (startsWith(bytes, 0xFE, 0xFF)) {
            text = strict(bytes, 2, StandardCharsets.UTF_16BE, source);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = strict(bytes, 2, StandardCharsets.UTF_16LE, source);
        } else {
            rejectBinary(bytes, source);
            int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            text = strict(bytes, offset, StandardCharsets.UTF_8, source);
        }
        if (isBlank(text)) {
            throw new UnreadableArticleException(source, "empty file");
        }
        return text;
    }

    /** Blank in the Unicode sense too: {@link String#isBlank()} does not count no-break spaces. */
    private static boolean isBlank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    private static void rejectBinary(byte[] bytes, String source) {
        int control = 0;
        int sampled = Math.min(bytes.length, SAMPLE_BYTES);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new UnreadableArticleException(source, "binary file, not text");
            }
            if (i < sampled && (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' || b == 0x7F)) {
                control++;
            }
        }
        if (sampled > 0 && control > sampled * MAX_CONTROL_SHARE) {
            throw new UnreadableArticleException(source, "binary file, not text");
        }
    }

    private static String strict(byte[] bytes, int offset, java.nio.charset.Charset charset, String source) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) ((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            String name = charset == StandardCharsets.UTF_8 ? "UTF-8" : charset.name();
            throw new UnreadableArticleException(source, "invalid " + name + " at byte " + in.position());
        }
        out.flip();
        return out.toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
