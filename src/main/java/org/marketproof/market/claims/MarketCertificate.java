package org.marketproof.market.claims;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.marketproof.InvalidInputException;
import org.marketproof.claims.Certificate;
import org.marketproof.claims.ClaimId;
import org.marketproof.claims.Recheck;
import org.marketproof.io.JsonInput;

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

    /** @return the claim, the mechanism, the instance and the recorded Algorithm 1 output */
    Subject subject();

    /** @return the kind, which says how the file re-checks, e.g. {@code deviation} */
    String kind();

    /** Writes the kind's own fields. */
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
     * @param source rebuilds the mechanism the file names
     */
    static MarketCertificate read(JsonNode root, MechanismSource source) {
        JsonInput.object(root, "certificate");
        String format = JsonInput.string(root, "format", "format");
        if (!format.equals(FORMAT)) {
            throw new InvalidInputException("format", "expected \"" + FORMAT + "\", found \"" + format + "\"");
        }
        Subject s = Subject.read(root, (name, instance, pricing) -> GuardedMechanism.of(source.mechanism(name, instance,
                pricing)));
        String kind = JsonInput.string(root, "kind", "kind");
        return switch (kind) {
            case DeviationCertificate.KIND -> DeviationCertificate.read(s, root);
            case UtilityCertificate.KIND -> UtilityCertificate.read(s, root);
            case BuyerCertificate.KIND -> BuyerCertificate.read(s, root);
            case EnvyCertificate.KIND -> EnvyCertificate.read(s, root);
            case SettlementCertificate.KIND -> SettlementCertificate.read(s, root);
            case ProfitCertificate.KIND -> ProfitCertificate.read(s, root);
            case WitnessCertificate.KIND -> WitnessCertificate.read(s, root);
            case Lemma2Certificate.KIND -> new Lemma2Certificate(s, CertificateJson.readFraction(root, "allowance"));
            case ExpectationCertificate.KIND -> ExpectationCertificate.read(s, root);
            case UndefinedCertificate.KIND -> UndefinedCertificate.read(s, root);
            case AllocationCertificate.KIND -> AllocationCertificate.read(s, root);
            case DiscrepancyCertificate.KIND -> DiscrepancyCertificate.read(s, root);
            default -> throw new InvalidInputException("kind", "unknown kind \"" + kind + "\"");
        };
    }
}
