package org.marketproof.claims;

import java.util.regex.Pattern;

/**
 * The identifier of one statement of a paper, as used in {@code specs/}, in {@code verify}'s
 * output, in replay files and in baselines: lower-case dot-separated words, the first naming the
 * paper, e.g. {@code p000.bb}, {@code p000.theorem4}, {@code p003.theorem1.existence}.
 *
 * @param value the identifier
 */
public record ClaimId(String value) implements Comparable<ClaimId> {

    private static final Pattern FORM = Pattern.compile("p[0-9]{3}(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

    /**
     * @param value the identifier, {@code pNNN.word[.word...]} in lower case
     * @throws IllegalArgumentException if {@code value} is null or not of that form
     */
    public ClaimId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a claim id is 'pNNN.word[.word...]' in lower case, not " + value);
        }
    }

    /**
     * @param value the identifier, {@code pNNN.word[.word...]} in lower case
     * @return the id {@code value}
     * @throws IllegalArgumentException if {@code value} is null or not of that form
     */
    public static ClaimId of(String value) {
        return new ClaimId(value);
    }

    /** @return the paper part, e.g. {@code p000} */
    public String paper() {
        return value.substring(0, value.indexOf('.'));
    }

    @Override
    public int compareTo(ClaimId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
