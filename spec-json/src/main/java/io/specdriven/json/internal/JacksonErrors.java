package io.specdriven.json.internal;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Rewrites the tokenizer's refusals as one plain sentence each. Jackson's own messages name its feature
 * flags and internal codes ("maybe a (non-standard) comment? (not recognized as one since Feature
 * 'ALLOW_JAVA_COMMENTS' not enabled for parser)"); users need what is wrong with their file.
 */
final class JacksonErrors {
    private JacksonErrors() {}

    static FormatError translate(JacksonException e, Cursor cursor) {
        TokenStreamLocation at = e.getLocation();
        if (e instanceof StreamConstraintsException && cursor.parser().currentToken() == JsonToken.VALUE_STRING
                && String.valueOf(e.getOriginalMessage()).startsWith("String value length")) {
            // Strings are read lazily: the limit trips somewhere inside; the string's start is the place.
            at = cursor.parser().currentTokenLocation();
        }
        if (at == null || at == TokenStreamLocation.NA || at.getLineNr() < 1) {
            at = cursor.parser().currentLocation();
        }
        return cursor.error(at, sentence(e));
    }

    static String sentence(JacksonException e) {
        // Jackson quotes the offending input (a token, a character such as a second byte-order mark): make
        // sure none of it breaks the line or reorders it (found in review).
        return Text.oneLine(rawSentence(e));
    }

    private static String rawSentence(JacksonException e) {
        String m = e.getOriginalMessage();
        if (m == null) m = String.valueOf(e.getMessage());
        if (e instanceof StreamConstraintsException) {
            if (m.startsWith("String value length")) {
                return "a string is longer than the limit of " + limit(m)
                        + " characters; an embedder can raise ReadLimits.maxStringLength";
            }
            if (m.startsWith("Number value length")) {
                return "a number is longer than the limit of " + limit(m)
                        + " characters; an embedder can raise ReadLimits.maxNumberLength";
            }
            if (m.startsWith("Document nesting depth")) {
                return "the document nests arrays and objects deeper than the limit of " + limit(m)
                        + " levels; an embedder can raise ReadLimits.maxNestingDepth";
            }
            if (m.startsWith("Name length")) {
                return "a field name is longer than the limit of " + limit(m) + " characters";
            }
            if (m.startsWith("Document length")) {
                return "the document is longer than the limit of " + limit(m)
                        + " characters; an embedder can raise ReadLimits.maxDocumentLength";
            }
            return m;
        }
        if (m.startsWith("Duplicate Object property")) {
            return "duplicate field " + m.substring(m.indexOf('"')).replace('"', '\'');
        }
        if (m.contains("ALLOW_COMMENTS") || m.contains("ALLOW_JAVA_COMMENTS") || m.contains("ALLOW_YAML_COMMENTS")) {
            return "comments are not allowed in JSON";
        }
        if (m.contains("ALLOW_SINGLE_QUOTES") || m.contains("(code 39)")) {
            return "strings and field names must be enclosed in double quotes, not single quotes";
        }
        if (m.contains("ALLOW_NON_NUMERIC_NUMBERS") || m.contains("Non-standard token")) {
            return "NaN and Infinity are not JSON numbers";
        }
        if (m.contains("Leading zeroes not allowed") || m.contains("ALLOW_LEADING_ZEROS")) {
            return "a number must not start with a leading zero";
        }
        if (m.contains("ALLOW_LEADING_PLUS_SIGN") || m.contains("ALLOW_LEADING_DECIMAL_POINT")
                || m.contains("ALLOW_TRAILING_DECIMAL_POINT") || m.contains("Decimal point not followed")) {
            return "malformed number: JSON numbers have no leading '+', and digits on both sides of a '.'";
        }
        if (m.startsWith("Unexpected end-of-input") || m.contains("Unexpected end-of-input")) {
            return "the document ends before the JSON is complete";
        }
        if (m.contains("ALLOW_UNESCAPED_CONTROL_CHARS") || m.startsWith("Illegal unquoted character")) {
            return "a control character " + code(m) + " inside a string must be escaped, as \\n, \\t or \\u00XX";
        }
        if (m.startsWith("Illegal character") && m.contains("CTRL-CHAR")) {
            return "unexpected control character " + code(m) + " (is this a binary file?)";
        }
        if (m.startsWith("Unrecognized character escape")) {
            return "invalid escape in a string: only \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX are JSON escapes";
        }
        if (m.contains("ALLOW_UNQUOTED_PROPERTY_NAMES") || m.contains("was expecting double-quote to start")) {
            return m.startsWith("Unexpected character ('}'")
                    ? "expected a field name after ',' (JSON allows no trailing comma)"
                    : "expected a field name in double quotes";
        }
        if (m.contains("ALLOW_TRAILING_COMMA") || m.startsWith("Unexpected character (']'")) {
            return "expected a value after ',' (JSON allows no trailing comma)";
        }
        if (m.contains("was expecting comma to separate Object entries")) {
            return "expected ',' or '}' after a field's value";
        }
        if (m.contains("was expecting comma to separate Array entries")) {
            return "expected ',' or ']' after an array element";
        }
        if (m.contains("was expecting a colon")) {
            return "expected ':' after a field name";
        }
        if (m.startsWith("Unexpected character") && m.contains("(code 65279")) {
            return "unexpected byte-order mark U+FEFF; a document may start with one, but not repeat it or"
                    + " hold it elsewhere";
        }
        if (m.startsWith("Unrecognized token") || m.startsWith("Unexpected character")) {
            int end = m.indexOf(':');
            String what = end > 0 ? m.substring(0, end) : m;
            return "not JSON: " + Character.toLowerCase(what.charAt(0)) + what.substring(1)
                    + "; expected a string, number, object, array, true, false or null";
        }
        if (m.startsWith("Unexpected close marker")) {
            return "unbalanced brackets: " + Character.toLowerCase(m.charAt(0)) + m.substring(1, m.indexOf(':') > 0 ? m.indexOf(':') : m.length());
        }
        int newline = m.indexOf('\n');
        return newline > 0 ? m.substring(0, newline) : m;
    }

    private static String limit(String message) {
        // "... exceeds the maximum allowed (20000000, from `StreamReadConstraints...`)"
        int open = message.indexOf("maximum allowed (");
        if (open < 0) return "the configured";
        int start = open + "maximum allowed (".length();
        int end = start;
        while (end < message.length() && Character.isDigit(message.charAt(end))) end++;
        return message.substring(start, end);
    }

    private static String code(String message) {
        int at = message.indexOf("code ");
        if (at < 0) return "";
        int start = at + 5;
        int end = start;
        while (end < message.length() && Character.isDigit(message.charAt(end))) end++;
        if (end == start) return "";
        return String.format("U+%04X", Integer.parseInt(message.substring(start, end)));
    }
}
