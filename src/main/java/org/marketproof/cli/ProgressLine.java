package org.marketproof.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.marketproof.claims.Progress;

/**
 * The library's {@link Progress} drawn as a progress bar (me.tongfei:progressbar) on standard error:
 * steps done of the total, the elapsed time, and the budget searched in the library's words.
 *
 * <p>No estimated time left: the steps differ in cost by orders of magnitude (a claim that searches
 * strategies against one that compares two numbers), so an estimate would mislead; the elapsed time is
 * redrawn every second even while one step runs, so a long step is seen to be running. A bar starts with
 * the first report and ends with {@link #finish()}, which the command calls before it prints a result
 * to standard output, so that the bar's line and the result never share a line of a terminal.
 */
final class ProgressLine implements Progress, AutoCloseable {

    /** The width of the bar's line: a terminal's least width, so that the carriage return redraws one line. */
    private static final int WIDTH = 80;

    private final String task;
    private final PrintWriter err;
    private ProgressBar bar;

    /**
     * @param task what the bar counts, its title
     * @param err where the bar is drawn, or null for a silent line
     */
    ProgressLine(String task, PrintWriter err) {
        this.task = task;
        this.err = err;
    }

    @Override
    public void report(long done, long total, String searched) {
        if (err == null) {
            return;
        }
        if (bar == null) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.UNICODE_BLOCK)
                    .hideEta().continuousUpdate().setConsumer(new Line(err)).build();
        }
        bar.maxHint(total);
        bar.stepTo(done);
        bar.setExtraMessage(searched);
    }

    /**
     * A progress for a computation nested in the current step (the strategic search inside a claim):
     * its words replace the step's until the next step is reported; its counts are its own, not the
     * bar's, so they are not drawn.
     *
     * @return the nested computation's progress
     */
    Progress nested() {
        return (done, total, searched) -> {
            if (bar != null) {
                bar.setExtraMessage(searched);
            }
        };
    }

    /** Draws the bar a last time, as the last report left it, and ends its line; the next report starts a new bar. */
    void finish() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    @Override
    public void close() {
        finish();
    }

    /** Redraws one line of standard error in place (carriage return); ends it when the bar closes. */
    private record Line(PrintWriter err) implements ProgressBarConsumer {

        @Override
        public int getMaxRenderedLength() {
            return WIDTH;
        }

        @Override
        public void accept(String rendered) {
            err.print('\r' + rendered);
            err.flush();
        }

        @Override
        public void close() {
            err.println();
            err.flush();
        }
    }
}
