package org.marketproof.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.marketproof.claims.ClaimId;
import org.marketproof.claims.ClaimInfo;
import org.marketproof.claims.ClaimResult;
import org.marketproof.claims.Verdict;
import org.marketproof.gate.AcceptedFinding;
import org.marketproof.gate.GateDecision;

/**
 * The verdicts as a SARIF 2.1.0 log (OASIS standard; validated against the published schema in the
 * tests), which code-scanning services display as alerts: one rule per claim checked, one result per
 * FALSIFIED verdict, located at the instance file and carrying the certificate, its re-checked
 * figures and its replay file. A FALSIFIED verdict the baseline accepts is reported with an external
 * suppression and baseline state {@code unchanged}; a new one with baseline state {@code new}.
 */
public final class SarifReport {

    /** The schema URI SARIF logs name. */
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifReport() {
    }

    /**
     * @param decision the gate's decision on the run's verdicts
     * @param context the run
     * @param replayFiles each FALSIFIED verdict's replay file, if written
     * @return the SARIF log
     */
    public static ObjectNode log(GateDecision decision, ReportContext context, Map<ClaimResult, String> replayFiles) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode log = f.objectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "MarketProof");
        driver.put("version", context.tool().substring(context.tool().lastIndexOf(' ') + 1));
        Map<ClaimId, Integer> ruleIndex = new LinkedHashMap<>();
        ArrayNode rules = driver.putArray("rules");
        for (ClaimResult r : decision.results()) {
            if (!ruleIndex.containsKey(r.id())) {
                ruleIndex.put(r.id(), ruleIndex.size());
                rules.add(rule(r.claim()));
            }
        }
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", true);
        invocation.putObject("properties").put("seed", context.seed()).put("gateOutcome", decision.outcome().name());
        ArrayNode results = run.putArray("results");
        for (ClaimResult r : decision.results()) {
            if (r.verdict() instanceof Verdict.Falsified fal) {
                results.add(result(r, fal, ruleIndex.get(r.id()), decision.acceptance(r).orElse(null), context,
                        replayFiles.get(r)));
            }
        }
        return log;
    }

    private static ObjectNode rule(ClaimInfo claim) {
        ObjectNode rule = JsonNodeFactory.instance.objectNode();
        rule.put("id", claim.id().value());
        rule.putObject("shortDescription").put("text", claim.statement());
        rule.putObject("fullDescription").put("text", claim.source() + ": " + claim.statement());
        rule.putObject("defaultConfiguration").put("level", "error");
        rule.putObject("properties").put("source", claim.source());
        return rule;
    }

    private static ObjectNode result(ClaimResult r, Verdict.Falsified fal, int ruleIndex, AcceptedFinding acceptance,
            ReportContext context, String replayFile) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("ruleId", r.id().value());
        o.put("ruleIndex", ruleIndex);
        o.put("kind", "fail");
        o.put("level", "error");
        o.putObject("message").put("text", r.id() + " is FALSIFIED on " + r.subject() + ": " + fal.evidence()
                + (replayFile == null ? "" : " (replay: marketproof replay " + replayFile + ")"));
        ObjectNode physical = o.putArray("locations").addObject().putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", context.uri(r.instance()));
        physical.putObject("region").put("startLine", 1);
        o.putObject("partialFingerprints").put("marketproofSubject/v1", r.id() + "|" + r.instance() + "|" + r.mechanism());
        o.put("baselineState", acceptance == null ? "new" : "unchanged");
        if (acceptance != null) {
            ObjectNode s = o.putArray("suppressions").addObject();
            s.put("kind", "external");
            s.put("status", "accepted");
            s.put("justification", acceptance.reason().isEmpty() ? "accepted by the baseline" : acceptance.reason());
        }
        ObjectNode p = o.putObject("properties");
        p.put("instance", r.instance());
        if (!r.mechanism().isEmpty()) {
            p.put("mechanism", r.mechanism());
        }
        p.put("basis", fal.recheck().basis());
        ObjectNode figures = p.putObject("figures");
        fal.recheck().figures().forEach(figures::put);
        if (replayFile != null) {
            p.put("replayFile", replayFile);
        }
        p.set("certificate", fal.certificate().toJson());
        return o;
    }
}
