/**
 * Verification: which acceptance criteria the tests prove. Test results come in as
 * {@link io.specdriven.core.verify.TestResult}s (read by spec-json from JUnit, Surefire or Cucumber
 * reports, or built by hand); {@link io.specdriven.core.verify.Verification#of} gives one
 * {@link io.specdriven.core.verify.VerificationStatus} per criterion, rolled up per requirement and use
 * case; {@link io.specdriven.core.verify.AcceptanceHistory} turns a series of runs into acceptance metrics.
 * No file format lives here.
 */
package io.specdriven.core.verify;
