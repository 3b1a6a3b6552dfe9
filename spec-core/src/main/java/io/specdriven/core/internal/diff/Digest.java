package io.specdriven.core.internal.diff;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * SHA-256 over a length-prefixed encoding: each string is written as its UTF-8 length (4 bytes, big
 * endian) and its UTF-8 bytes, each map as its size and then its entries in order. No two different
 * sequences share an encoding, and nothing depends on the JVM, the locale or hash codes.
 */
public final class Digest {
    /** Starts every encoding, so that a future v2 never collides with v1. */
    private static final String VERSION = "specdriven-fingerprint-v1";
    private final MessageDigest sha;

    /** Starts a digest. */
    public Digest() {
        try {
            sha = MessageDigest.getInstance("SHA-256"); // every Java platform must provide it
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        add(VERSION);
    }

    /** Adds a string. */
    public Digest add(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        sha.update(bytes);
        return this;
    }

    /** Adds a map: its size, then each key and value. */
    public Digest add(Map<String, String> fields) {
        sha.update(ByteBuffer.allocate(4).putInt(fields.size()).array());
        fields.forEach((k, v) -> add(k).add(v));
        return this;
    }

    /** Returns the hash as 64 lower-case hex digits. */
    public String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }
}
