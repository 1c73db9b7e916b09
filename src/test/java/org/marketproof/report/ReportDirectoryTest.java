package org.marketproof.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketproof.claims.ClaimId;
import org.marketproof.gate.AcceptedFinding;
import org.marketproof.gate.Baseline;
import org.marketproof.gate.GateDecision;
import org.marketproof.gate.GatePolicy;
import org.marketproof.io.JsonInput;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The report files on hand-built verdicts of every kind: schema-valid, one test case per verdict, one SARIF result per FALSIFIED. */
class ReportDirectoryTest {

    @TempDir
    Path dir;

    private static final ReportContext CONTEXT = new ReportContext("marketproof 9.9", 7, 1.5,
            Map.of("a.json", "examples/a.json"));

    @Test
    void everyReportIsValidAgainstItsSchemaAndSaysWhatEachVerdictIs() throws Exception {
        GateDecision d = GatePolicy.lenient().decide(ReportFixtures.everyKind());
        ReportDirectory.Written w = ReportDirectory.write(dir, d, CONTEXT);
        assertEquals(List.of("replay/p999.broken--a--m.json"), List.copyOf(w.replayFiles().values()));

        String xml = Files.readString(dir.resolve(ReportDirectory.JUNIT));
        Schemas.assertJunitXml(xml);
        Element suite = parse(xml).getDocumentElement();
        assertEquals("6", suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("failures"));
        assertEquals("2", suite.getAttribute("skipped"));
        NodeList cases = suite.getElementsByTagName("testcase");
        assertEquals(6, cases.getLength());
        Element broken = (Element) cases.item(2);
        assertEquals("p999.broken", broken.getAttribute("name"));
        assertEquals("a.json / m", broken.getAttribute("classname"));
        String failure = broken.getElementsByTagName("failure").item(0).getTextContent();
        assertTrue(failure.contains("marketproof replay replay/p999.broken--a--m.json") && failure.contains("\"x\" : \"1/3\""),
                failure);
        assertEquals(1, ((Element) cases.item(5)).getElementsByTagName("skipped").getLength());

        JsonNode sarif = JsonInput.read(dir.resolve(ReportDirectory.SARIF));
        Schemas.assertSarif(sarif);
        JsonNode results = sarif.at("/runs/0/results");
        assertEquals(1, results.size());
        JsonNode r = results.get(0);
        assertEquals("p999.broken", r.get("ruleId").asText());
        assertEquals("p999.broken", sarif.at("/runs/0/tool/driver/rules/" + r.get("ruleIndex").asInt() + "/id").asText());
        assertEquals("examples/a.json", r.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals("new", r.get("baselineState").asText());
        assertEquals("1/3", r.at("/properties/certificate/x").asText());
        assertEquals("9.9", sarif.at("/runs/0/tool/driver/version").asText());

        JsonNode verdicts = JsonInput.read(dir.resolve(ReportDirectory.VERDICTS));
        Schemas.assertSpec("verify", verdicts);
        assertEquals("FALSIFIED", verdicts.at("/gate/outcome").asText());
        assertEquals("replay/p999.broken--a--m.json", verdicts.at("/verdicts/2/replayFile").asText());
        assertEquals("EXACT_ON_INSTANCE", verdicts.at("/verdicts/0/basis").asText());
        assertEquals(42, verdicts.at("/verdicts/3/searched/candidates").asInt());
        assertEquals("W >= 0", verdicts.at("/verdicts/5/hypothesis").asText());

        assertEquals(JsonInput.parse("{\"format\":\"tiny/1\",\"claim\":\"p999.broken\",\"kind\":\"tiny\",\"x\":\"1/3\"}", "x"),
                JsonInput.read(dir.resolve("replay/p999.broken--a--m.json")));
    }

    /** Accepted findings are suppressed in SARIF and skipped in JUnit; strict mode adds the gate's own test case. */
    @Test
    void acceptedFindingsAndStrictModeAreReportedAsSuch() throws Exception {
        Baseline baseline = new Baseline(List.of(new AcceptedFinding(ClaimId.of("p999.broken"), "a.json", null, "finding X1")));
        GateDecision d = new GatePolicy(baseline, new BigDecimal("0.25")).decide(ReportFixtures.everyKind());
        assertEquals(GateDecision.Outcome.TOO_MANY_UNCHECKED, d.outcome());
        ReportDirectory.write(dir, d, CONTEXT);

        String xml = Files.readString(dir.resolve(ReportDirectory.JUNIT));
        Schemas.assertJunitXml(xml);
        Element suite = parse(xml).getDocumentElement();
        assertEquals("7", suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("failures"));
        assertEquals("3", suite.getAttribute("skipped"));
        Element gate = (Element) suite.getElementsByTagName("testcase").item(6);
        assertEquals("gate.strict", gate.getAttribute("name"));
        assertEquals("TOO_MANY_UNCHECKED", ((Element) gate.getElementsByTagName("failure").item(0)).getAttribute("type"));

        JsonNode sarif = JsonInput.read(dir.resolve(ReportDirectory.SARIF));
        Schemas.assertSarif(sarif);
        JsonNode r = sarif.at("/runs/0/results/0");
        assertEquals("unchanged", r.get("baselineState").asText());
        assertEquals("finding X1", r.at("/suppressions/0/justification").asText());

        JsonNode verdicts = JsonInput.read(dir.resolve(ReportDirectory.VERDICTS));
        Schemas.assertSpec("verify", verdicts);
        assertEquals("accepted", verdicts.at("/verdicts/2/baseline").asText());
        assertEquals("0.25", verdicts.at("/gate/maxUncheckedShare").asText());
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void replayFileNamesStayDistinct() throws IOException {
        GateDecision d = GatePolicy.lenient().decide(List.of(ReportFixtures.falsified("p999.broken", "a b.json", "m"),
                ReportFixtures.falsified("p999.broken", "a_b.json", "m")));
        assertEquals(List.of("replay/p999.broken--a_b--m.json", "replay/p999.broken--a_b--m-2.json"),
                List.copyOf(ReportDirectory.write(dir, d, CONTEXT).replayFiles().values()));
    }
}
