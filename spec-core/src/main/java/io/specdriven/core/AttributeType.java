package io.specdriven.core;

/**
 * The closed set of attribute types of the entity model.
 *
 * @since 0.1
 */
public enum AttributeType {
    /** Short text: a name, a code. */
    STRING,
    /** Long text: a description, a comment. */
    TEXT,
    /** A whole number. */
    INTEGER,
    /** A decimal number. */
    DECIMAL,
    /** An amount of money with its currency. */
    MONEY,
    /** True or false. */
    BOOLEAN,
    /** A calendar date. */
    DATE,
    /** A date and time. */
    DATETIME,
    /** A length of time. */
    DURATION,
    /** One of a fixed list of values, given by {@link Attribute#values()}. */
    ENUM,
    /** An identifier, generated or given. */
    IDENTIFIER
}
