package org.marketproof.report;

import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.marketproof.claims.ClaimResult;
import org.marketproof.claims.Verdict;
import org.marketproof.gate.AcceptedFinding;
import org.marketproof.gate.GateDecision;
import org.marketproof.gate.GatePolicy;
import org.marketproof.io.JsonOutput;

/**
 * The verdicts as a JUnit XML report in Surefire's format (one {@code testsuite}, valid against
 * {@code surefire-test-report-3.0.xsd}), which CI systems display as test results: one test case per
 * claim x instance (x mechanism), named by the claim's id, with the subject as its class name.
 *
 * <ul>
 *   <li>FALSIFIED and not accepted by the baseline: a {@code failure} carrying the evidence, the
 *       re-checked figures, the replay command and the certificate;
 *   <li>FALSIFIED and accepted, NOT_APPLICABLE, INCONCLUSIVE: {@code skipped}, with the reason;
 *   <li>HOLDS and NO_COUNTEREXAMPLE: passed, the evidence in {@code system-out};
 *   <li>in strict mode, one more test case {@code gate.strict} that fails when the share of
 *       unchecked claims is above the stated one.
 * </ul>
 *
 * Claims are not timed one by one: each test case has time 0 and the suite the run's wall time.
 */
public final class JunitReport {

    private JunitReport() {
    }

    /**
     * @param decision the gate's decision on the run's verdicts
     * @param context the run
     * @param replayFiles each FALSIFIED verdict's replay file, if written
     * @return the XML document
     */
    public static String xml(GateDecision decision, ReportContext context, Map<ClaimResult, String> replayFiles) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            long failures = decision.newFalsified().size() + (decision.policy().strict() && decision.tooManyUnchecked() ? 1 : 0);
            long skipped = decision.accepted().size() + decision.unchecked();
            x.writeStartElement("testsuite");
            x.writeAttribute("name", "marketproof verify");
            x.writeAttribute("time", seconds(context.seconds()));
            x.writeAttribute("tests", Integer.toString(decision.results().size() + (decision.policy().strict() ? 1 : 0)));
            x.writeAttribute("errors", "0");
            x.writeAttribute("skipped", Long.toString(skipped));
            x.writeAttribute("failures", Long.toString(failures));
            x.writeCharacters("\n");
            x.writeStartElement("properties");
            property(x, "tool", context.tool());
            property(x, "seed", Long.toString(context.seed()));
            property(x, "gate.outcome", decision.outcome().name());
            x.writeEndElement();
            x.writeCharacters("\n");
            for (ClaimResult r : decision.results()) {
                testcase(x, r, decision.acceptance(r).orElse(null), replayFiles.get(r));
            }
            if (decision.policy().strict()) {
                strictCase(x, decision);
            }
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the JUnit report", e);
        }
        return text.toString();
    }

    private static void testcase(XMLStreamWriter x, ClaimResult r, AcceptedFinding acceptance, String replayFile)
            throws XMLStreamException {
        start(x, r.id().value(), r.subject());
        Verdict v = r.verdict();
        if (v instanceof Verdict.Falsified f && acceptance == null) {
            x.writeStartElement("failure");
            x.writeAttribute("message", clean(v.evidence()));
            x.writeAttribute("type", "FALSIFIED");
            x.writeCharacters(clean(v.evidence() + "\nbasis: " + f.recheck().basis() + "\nfigures: " + f.recheck().describe()
                    + (replayFile == null ? "" : "\nreplay: marketproof replay " + replayFile)
                    + "\ncertificate:\n" + JsonOutput.text(f.certificate().toJson())));
            x.writeEndElement();
        } else if (v instanceof Verdict.Falsified) {
            skipped(x, "FALSIFIED, accepted by the baseline" + (acceptance.reason().isEmpty() ? "" : " (" + acceptance.reason()
                    + ")") + ": " + v.evidence());
        } else if (GatePolicy.unchecked(r)) {
            skipped(x, v.kind() + ": " + (v instanceof Verdict.NotApplicable na ? "hypothesis fails: " + na.hypothesis()
                    + ": " : "") + v.evidence());
        } else {
            x.writeStartElement("system-out");
            x.writeCharacters(clean(v.kind() + (v instanceof Verdict.Holds h ? " (" + h.basis() + ")" : "") + ": "
                    + (v instanceof Verdict.NoCounterexample nc ? "searched " + nc.searched() + "; " : "") + v.evidence()));
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeCharacters("\n");
    }

    private static void strictCase(XMLStreamWriter x, GateDecision d) throws XMLStreamException {
        start(x, "gate.strict", "marketproof gate");
        String what = d.unchecked() + " of " + d.results().size() + " verdicts NOT_APPLICABLE or INCONCLUSIVE; strict mode allows "
                + d.policy().maxUncheckedShare().toPlainString() + " of them";
        if (d.tooManyUnchecked()) {
            x.writeStartElement("failure");
            x.writeAttribute("message", what);
            x.writeAttribute("type", "TOO_MANY_UNCHECKED");
            x.writeCharacters(what);
        } else {
            x.writeStartElement("system-out");
            x.writeCharacters(what);
        }
        x.writeEndElement();
        x.writeEndElement();
        x.writeCharacters("\n");
    }

    private static void start(XMLStreamWriter x, String name, String classname) throws XMLStreamException {
        x.writeStartElement("testcase");
        x.writeAttribute("name", name);
        x.writeAttribute("classname", clean(classname));
        x.writeAttribute("time", "0");
    }

    private static void skipped(XMLStreamWriter x, String message) throws XMLStreamException {
        x.writeStartElement("skipped");
        x.writeAttribute("message", clean(message));
        x.writeEndElement();
    }

    private static void property(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeEmptyElement("property");
        x.writeAttribute("name", name);
        x.writeAttribute("value", clean(value));
    }

    /** @return seconds with three decimals, as Surefire writes them */
    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }

    /** @return {@code s} without the characters XML 1.0 cannot carry */
    private static String clean(String s) {
        return s.replaceAll("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD]", "?");
    }
}
