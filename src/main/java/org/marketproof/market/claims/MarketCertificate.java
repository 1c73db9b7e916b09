package org.marketproof.market.claims;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.marketproof.claims.Certificate;
import org.marketproof.claims.ClaimId;
import org.marketproof.claims.Recheck;
import org.marketproof.io.DocumentKind;
import org.marketproof.io.JsonInput;
import org.marketproof.io.JsonValue;

/**
 * A counterexample to a claim of paper 000 that re-checks itself: the checker finds a candidate,
 * and the candidate's own {@link #recheck()} decides whether it violates the claim, both when it
 * is found and when {@code marketproof replay} reads it back from its file (format
 * {@value #FORMAT}; specs/strategies.md, "Replay format").
 */
public sealed interface MarketCertificate extends Certificate permits DeviationCertificate, UtilityCertificate,
        BuyerCertificate, EnvyCertificate, SettlementCertificate, ProfitCertificate, WitnessCertificate,
        Lemma2Certificate, ExpectationCertificate, UndefinedCertificate, AllocationCertificate,
        DiscrepancyCertificate {

    /** The replay format. */
    String FORMAT = "marketproof-counterexample/2";

    /**
     * The field of a certificate that names the class of a user's mechanism (one outside this
     * library), so that a replay can load it again from the user's class path without being told
     * its name; absent for the library's own mechanisms, which are found by name.
     */
    String MECHANISM_CLASS = "mechanismClass";

    /** The kinds, as written in {@code kind}. */
    List<String> KINDS = List.of(DeviationCertificate.KIND, UtilityCertificate.KIND, BuyerCertificate.KIND,
            EnvyCertificate.KIND, SettlementCertificate.KIND, ProfitCertificate.KIND, WitnessCertificate.KIND,
            Lemma2Certificate.KIND, ExpectationCertificate.KIND, UndefinedCertificate.KIND, AllocationCertificate.KIND,
            DiscrepancyCertificate.KIND);

    /** @return the claim, the mechanism, the instance and the recorded Algorithm 1 output */
    Subject subject();

    /** @return the kind, which says how the file re-checks, e.g. {@code deviation} */
    String kind();

    /**
     * Writes the kind's own fields.
     *
     * @param o the certificate's JSON object, which already holds the common fields
     */
    void writeBody(ObjectNode o);

    @Override
    default ClaimId claim() {
        return subject().claim();
    }

    /** @return the name of the mechanism re-checked (a witness for Theorem 4), or empty */
    default String mechanismName() {
        return subject().mechanismName();
    }

    @Override
    default ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("format", FORMAT);
        o.put("kind", kind());
        subject().write(o);
        writeBody(o);
        Recheck r = recheck();
        o.put("basis", r.basis());
        ObjectNode fig = o.putObject("figures");
        r.figures().forEach(fig::put);
        return o;
    }

    /** @return the replay document, pretty-printed */
    default String toJsonText() {
        try {
            return JsonInput.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(toJson()) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a replay document, naming the offending field on bad input.
     *
     * @param root the parsed replay document
     * @param source rebuilds the mechanism the file names
     * @return the certificate, ready to re-check
     * @throws org.marketproof.InvalidInputException naming the field if the document is not a
     *     certificate or is malformed
     */
    static MarketCertificate read(JsonValue root, MechanismSource source) {
        DocumentKind.expect(root, DocumentKind.CERTIFICATE);
        return root.object(o -> {
            JsonValue format = o.required("format");
            if (!format.string().equals(FORMAT)) {
                throw format.problem("expected \"" + FORMAT + "\", found " + format.written());
            }
            Subject s = Subject.read(o, (name, instance, pricing) -> GuardedMechanism.of(source.mechanism(name,
                    instance, pricing)));
            // written for the reader's information only: replay recomputes both
            o.optional("basis");
            o.optional("figures");
            return switch (o.required("kind").oneOf(KINDS)) {
                case DeviationCertificate.KIND -> DeviationCertificate.read(s, o);
                case UtilityCertificate.KIND -> UtilityCertificate.read(s, o);
                case BuyerCertificate.KIND -> BuyerCertificate.read(s, o);
                case EnvyCertificate.KIND -> EnvyCertificate.read(s, o);
                case SettlementCertificate.KIND -> SettlementCertificate.read(s, o);
                case ProfitCertificate.KIND -> ProfitCertificate.read(s, o);
                case WitnessCertificate.KIND -> WitnessCertificate.read(s, o);
                case Lemma2Certificate.KIND -> new Lemma2Certificate(s, CertificateJson.readFraction(o, "allowance"));
                case ExpectationCertificate.KIND -> ExpectationCertificate.read(s, o);
                case UndefinedCertificate.KIND -> UndefinedCertificate.read(s, o);
                case AllocationCertificate.KIND -> AllocationCertificate.read(s, o);
                default -> DiscrepancyCertificate.read(s, o);
            };
        });
    }
}
