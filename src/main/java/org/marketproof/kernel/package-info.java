/**
 * The verified kernel: the integer and array routines on which the suite's exact claims rest,
 * written in the Java subset that the KeY verifier reads (static methods over primitive arrays,
 * classic loops; no generics, lambdas, records or {@code var}), each with a standard JML contract
 * that KeY and OpenJML both read (JML annotation keys carry the few clauses they spell differently).
 *
 * <p>Production code calls these methods; it does not keep a second copy. The proofs in
 * {@code proofs/} are obtained by loading exactly these sources into KeY, with integer overflow as a
 * proof obligation; OpenJML proves the same contracts when it is installed (see proofs/README.md).
 */
package org.marketproof.kernel;
