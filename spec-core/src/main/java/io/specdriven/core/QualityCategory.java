package io.specdriven.core;

/**
 * The quality characteristic a {@link RequirementKind#QUALITY QUALITY} requirement is about (after ISO/IEC 25010).
 *
 * @since 0.1
 */
public enum QualityCategory {
    /** Response time, throughput, resource use. */
    PERFORMANCE,
    /** Growth in data, users or load. */
    SCALABILITY,
    /** Confidentiality, integrity, authorisation, accountability. */
    SECURITY,
    /** Privacy and the handling of personal data. */
    PRIVACY,
    /** Ease of learning and use, and error prevention. */
    USABILITY,
    /** Use by people with the widest range of abilities. */
    ACCESSIBILITY,
    /** Fault tolerance, recoverability, correctness under failure. */
    RELIABILITY,
    /** The share of time the system is usable. */
    AVAILABILITY,
    /** Ease of change, analysis and testing. */
    MAINTAINABILITY,
    /** Ease of moving to another environment. */
    PORTABILITY,
    /** Working alongside other systems and formats. */
    COMPATIBILITY,
    /** Meeting laws, standards and regulations. */
    COMPLIANCE,
    /** Any other quality. */
    OTHER
}
