package org.marketproof.cli;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The numbers a plot draws, as the CSV of {@code --data} (specs/cli.md): a header row of column
 * labels, then one row per value of the horizontal axis; UTF-8, LF line ends, a cell quoted only
 * when it holds a comma or a quote (RFC 4180). Every number is written in {@link java.util.Locale#ROOT}
 * conventions whatever the default locale; an empty cell is a number that does not exist (no
 * equilibrium, an unbounded worst case, no such bound), never {@code NaN} or {@code Infinity}.
 *
 * @param header the column labels
 * @param rows the rows, each as long as the header
 */
record DataTable(List<String> header, List<List<String>> rows) {

    /**
     * Copies the lists and checks that every row is as long as the header.
     *
     * @param header the column labels
     * @param rows the rows
     */
    DataTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells under " + header.size() + " labels");
            }
        }
    }

    /**
     * @param x a double
     * @return the shortest decimal that reads back as {@code x} exactly (so the cell is the plotted
     *     double, not a rounding of it), in plain notation unless the exponent is extreme; empty
     *     when {@code x} is not finite
     */
    static String number(double x) {
        if (!Double.isFinite(x)) {
            return "";
        }
        BigDecimal d = new BigDecimal(Double.toString(x)).stripTrailingZeros();
        int exponent = d.precision() - d.scale() - 1;
        return exponent >= -6 && exponent < 21 ? d.toPlainString() : d.toString();
    }

    /** @return the table as CSV text */
    String csv() {
        StringBuilder out = new StringBuilder();
        line(out, header);
        rows.forEach(r -> line(out, r));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append(cells.stream().map(DataTable::quoted).collect(Collectors.joining(","))).append('\n');
    }

    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
