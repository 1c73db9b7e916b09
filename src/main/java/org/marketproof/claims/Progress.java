package org.marketproof.claims;

/**
 * Progress of a long computation, for a person watching: how many of its steps are done (claims
 * checked, strategies tried, ...) of how many, and where in its budget the computation is, e.g.
 * {@code contributor 1, random 40/200} while strategies are tried.
 *
 * <p>A report states only work done, never an intermediate finding: a figure such as a screening
 * gain may be contradicted by the final answer (the winner's curse of the strategic search), so it
 * is never shown before that answer. The library reports through this interface only; the command
 * line decides whether and how it is drawn, so the library needs no progress-bar dependency.
 */
@FunctionalInterface
public interface Progress {

    /** Reports nothing: the default of the library, the tests and unattended runs. */
    Progress NONE = (done, total, searched) -> { };

    /** The total of a computation whose number of steps is not known in advance. */
    long UNKNOWN_TOTAL = -1;

    /**
     * Reports the work done so far.
     *
     * @param done steps done, from 0; within one computation it never decreases
     * @param total steps in all, or {@link #UNKNOWN_TOTAL}
     * @param searched where in its budget the computation is, in words, e.g. {@code market-example.json 3/14}
     */
    void report(long done, long total, String searched);

    /**
     * This progress seen from a computation that is one part of a larger one: the part's steps are
     * counted after {@code before} of the whole's {@code overall} steps, with the part's words.
     *
     * @param before steps of the whole done before the part starts
     * @param overall steps of the whole in all, or {@link #UNKNOWN_TOTAL}
     * @return the progress the part reports to
     */
    default Progress after(long before, long overall) {
        return (done, total, searched) -> report(before + done, overall, searched);
    }
}
