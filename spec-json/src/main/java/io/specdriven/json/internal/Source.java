package io.specdriven.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns input into text, enforcing UTF-8 and the document length limit before any JSON is parsed. Reading
 * stops as soon as the limit is passed, so a huge input costs at most the limit in memory.
 */
public final class Source {
    private Source() {}

    private static final char BOM = '\uFEFF';

    /**
     * Decodes a byte stream as strict UTF-8. A UTF-8 byte-order mark is skipped; UTF-16 and UTF-32 (with
     * or without a byte-order mark) and malformed UTF-8 are refused, located at the first bad byte.
     *
     * @param in the bytes
     * @param maxChars the document length limit, in characters
     * @return the text
     * @throws IOException if reading fails
     */
    public static String decode(InputStream in, long maxChars) throws IOException {
        byte[] head = in.readNBytes(4);
        String other = otherEncoding(head);
        if (other != null) {
            throw new FormatError(1, 1, "", "", "the document is encoded as " + other
                    + "; specdriven JSON must be UTF-8");
        }
        String binary = binary(head);
        if (binary != null) throw new FormatError(1, 1, "", "", binary);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        StringBuilder text = new StringBuilder();
        ByteBuffer bytes = ByteBuffer.allocate(16 * 1024);
        bytes.put(head);
        CharBuffer chars = CharBuffer.allocate(16 * 1024);
        long byteOffset = 0; // bytes consumed before the current buffer start
        boolean eof = false;
        while (true) {
            if (!eof) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) eof = true;
                else bytes.position(bytes.position() + n);
            }
            bytes.flip();
            int before = bytes.position();
            CoderResult r = decoder.decode(bytes, chars, eof);
            byteOffset += bytes.position() - before;
            if (r.isError()) {
                chars.flip();
                text.append(chars);
                int bad = bytes.get(bytes.position()) & 0xff;
                throw at(text, text.length(), String.format("the document is not valid UTF-8: byte 0x%02X at byte"
                        + " offset %d cannot start or continue a character; specdriven JSON must be UTF-8",
                        bad, byteOffset));
            }
            chars.flip();
            text.append(chars);
            chars.clear();
            bytes.compact();
            if (text.length() > maxChars) throw tooLong(text, maxChars);
            // At the end, decode(…, true) reports a truncated sequence as an error, so underflow means done.
            if (eof && r.isUnderflow()) break;
        }
        CharBuffer tail = CharBuffer.allocate(16);
        decoder.flush(tail);
        tail.flip();
        text.append(tail);
        return withoutBom(text);
    }

    /**
     * Reads characters, up to the document length limit. A leading U+FEFF (a decoded byte-order mark) is
     * skipped.
     *
     * @param in the characters
     * @param maxChars the document length limit
     * @return the text
     * @throws IOException if reading fails
     */
    public static String read(Reader in, long maxChars) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[16 * 1024];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            text.append(buffer, 0, n);
            if (text.length() > maxChars) throw tooLong(text, maxChars);
        }
        return withoutBom(text);
    }

    /**
     * Checks text given directly.
     *
     * @param json the text
     * @param maxChars the document length limit
     * @return the text without a leading U+FEFF
     */
    public static String check(String json, long maxChars) {
        if (json.length() > maxChars) throw tooLong(json, maxChars);
        return json.isEmpty() || json.charAt(0) != BOM ? json : json.substring(1);
    }

    private static String withoutBom(StringBuilder text) {
        return text.length() > 0 && text.charAt(0) == BOM ? text.substring(1) : text.toString();
    }

    private static String otherEncoding(byte[] h) {
        int n = h.length;
        int b0 = n > 0 ? h[0] & 0xff : -1;
        int b1 = n > 1 ? h[1] & 0xff : -1;
        int b2 = n > 2 ? h[2] & 0xff : -1;
        int b3 = n > 3 ? h[3] & 0xff : -1;
        if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) return "UTF-32BE (it starts with a byte-order mark)";
        if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) return "UTF-32LE (it starts with a byte-order mark)";
        if (b0 == 0xFE && b1 == 0xFF) return "UTF-16BE (it starts with a byte-order mark)";
        if (b0 == 0xFF && b1 == 0xFE) return "UTF-16LE (it starts with a byte-order mark)";
        // RFC 4627 §3: JSON text starts with two ASCII characters, so zero bytes among the first four
        // give the encoding away.
        if (n == 4 && b0 == 0 && b1 == 0 && b2 == 0 && b3 != 0) return "UTF-32BE";
        if (n == 4 && b0 != 0 && b1 == 0 && b2 == 0 && b3 == 0) return "UTF-32LE";
        // Only call it UTF-16 if it reads as ASCII there, as the start of a JSON text does: 00 01 is binary.
        if (n >= 2 && b0 == 0 && ascii(b1) && (n < 4 || b2 == 0 && ascii(b3))) return "UTF-16BE";
        if (n >= 2 && ascii(b0) && b1 == 0 && (n < 4 || ascii(b2) && b3 == 0)) return "UTF-16LE";
        return null;
    }

    private static boolean ascii(int b) {
        return b == '\t' || b == '\n' || b == '\r' || b >= 0x20 && b < 0x7f;
    }

    /** A zero byte where a JSON text has its first characters, in no encoding we recognise: binary data. */
    private static String binary(byte[] h) {
        if (h.length < 2 || (h[0] != 0 && h[1] != 0)) return null;
        StringBuilder bytes = new StringBuilder();
        for (byte b : h) bytes.append(bytes.length() == 0 ? "" : " ").append(String.format("%02X", b & 0xff));
        return "the document is binary data, not UTF-8 text (it starts with the bytes " + bytes
                + "); specdriven JSON must be UTF-8";
    }

    private static FormatError tooLong(CharSequence text, long maxChars) {
        return at(text, (int) Math.min(maxChars, text.length()), "the document is longer than the limit of "
                + maxChars + " characters; an embedder can raise ReadLimits.maxDocumentLength");
    }

    /**
     * Makes an error at a character offset of the text (line and column counted as the JSON parser counts
     * them: {@code \n}, {@code \r\n} and {@code \r} end lines).
     */
    static FormatError at(CharSequence text, int offset, String problem) {
        int line = 1;
        int lineStart = 0;
        int start = text.length() > 0 && text.charAt(0) == BOM ? 1 : 0;
        for (int i = start; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        if (line == 1) lineStart = start;
        return new FormatError(line, offset - lineStart + 1, "", "", problem);
    }
}
