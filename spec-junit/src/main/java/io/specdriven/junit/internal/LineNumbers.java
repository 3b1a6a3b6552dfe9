package io.specdriven.junit.internal;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.OptionalInt;

/**
 * The line of a method's first statement, read from its class file's line number table (reflection does
 * not know lines). Empty when the class file cannot be found or was compiled without line numbers.
 */
public final class LineNumbers {
    private LineNumbers() {}

    public static OptionalInt firstLine(Method method) {
        Class<?> owner = method.getDeclaringClass();
        ClassLoader loader = owner.getClassLoader();
        if (loader == null) return OptionalInt.empty();
        String resource = owner.getName().replace('.', '/') + ".class";
        try (InputStream raw = loader.getResourceAsStream(resource)) {
            if (raw == null) return OptionalInt.empty();
            return firstLine(new DataInputStream(new BufferedInputStream(raw)), method.getName(), descriptor(method));
        } catch (IOException | RuntimeException e) {
            // Broad on purpose: a class file this small reader does not understand (newer, obfuscated or
            // malformed) can fail with an index out of bounds or worse; the line is then simply not known, and
            // a listener must never fail the user's test run.
            return OptionalInt.empty();
        }
    }

    static String descriptor(Method m) {
        StringBuilder d = new StringBuilder("(");
        for (Class<?> p : m.getParameterTypes()) d.append(type(p));
        return d.append(')').append(type(m.getReturnType())).toString();
    }

    private static String type(Class<?> c) {
        if (c.isArray()) return c.getName().replace('.', '/');
        if (c == void.class) return "V";
        if (c == boolean.class) return "Z";
        if (c == byte.class) return "B";
        if (c == char.class) return "C";
        if (c == short.class) return "S";
        if (c == int.class) return "I";
        if (c == long.class) return "J";
        if (c == float.class) return "F";
        if (c == double.class) return "D";
        return "L" + c.getName().replace('.', '/') + ";";
    }

    private static OptionalInt firstLine(DataInputStream in, String name, String descriptor) throws IOException {
        if (in.readInt() != 0xCAFEBABE) return OptionalInt.empty();
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 3, 4, 9, 10, 11, 12, 17, 18 -> skip(in, 4);
                case 5, 6 -> {
                    skip(in, 8);
                    i++;
                }
                case 7, 8, 16, 19, 20 -> skip(in, 2);
                case 15 -> skip(in, 3);
                default -> {
                    return OptionalInt.empty();
                }
            }
        }
        skip(in, 6);
        skip(in, 2L * in.readUnsignedShort());
        int fields = in.readUnsignedShort();
        for (int i = 0; i < fields; i++) {
            skip(in, 6);
            skipAttributes(in);
        }
        int methods = in.readUnsignedShort();
        for (int i = 0; i < methods; i++) {
            in.readUnsignedShort();
            String n = utf8[in.readUnsignedShort()];
            String d = utf8[in.readUnsignedShort()];
            boolean wanted = name.equals(n) && descriptor.equals(d);
            int attributes = in.readUnsignedShort();
            int first = Integer.MAX_VALUE;
            for (int a = 0; a < attributes; a++) {
                String attribute = utf8[in.readUnsignedShort()];
                long length = in.readInt() & 0xFFFFFFFFL;
                if (!wanted || !"Code".equals(attribute)) {
                    skip(in, length);
                    continue;
                }
                skip(in, 4);
                skip(in, in.readInt() & 0xFFFFFFFFL);
                skip(in, 8L * in.readUnsignedShort());
                int codeAttributes = in.readUnsignedShort();
                for (int c = 0; c < codeAttributes; c++) {
                    String ca = utf8[in.readUnsignedShort()];
                    long len = in.readInt() & 0xFFFFFFFFL;
                    if (!"LineNumberTable".equals(ca)) {
                        skip(in, len);
                        continue;
                    }
                    int entries = in.readUnsignedShort();
                    for (int e = 0; e < entries; e++) {
                        in.readUnsignedShort();
                        first = Math.min(first, in.readUnsignedShort());
                    }
                }
            }
            if (wanted) return first == Integer.MAX_VALUE || first < 1 ? OptionalInt.empty() : OptionalInt.of(first);
        }
        return OptionalInt.empty();
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
            in.readUnsignedShort();
            skip(in, in.readInt() & 0xFFFFFFFFL);
        }
    }

    private static void skip(DataInputStream in, long n) throws IOException {
        long left = n;
        while (left > 0) {
            long s = in.skip(left);
            if (s <= 0) {
                if (in.read() < 0) throw new IOException("truncated class file");
                s = 1;
            }
            left -= s;
        }
    }
}
