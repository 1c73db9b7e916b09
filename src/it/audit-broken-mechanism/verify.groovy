// The audit of GenerousMechanism must fail on budget balance (p000.bb), under that test name, and the
// failure must carry the certificate; claims the bonus cannot break must pass.
import javax.xml.parsers.DocumentBuilderFactory

File report = new File(basedir, 'target/surefire-reports/TEST-com.example.GenerousMechanismTest.xml')
assert report.isFile() : "no Surefire report at ${report}"
def suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report).documentElement
def cases = suite.getElementsByTagName('testcase')
def failed = [] as Set
def passed = [] as Set
def bb = null
for (int i = 0; i < cases.length; i++) {
    def c = cases.item(i)
    String name = c.getAttribute('name')
    if (c.getElementsByTagName('failure').length > 0) {
        failed << name
        // Surefire names a template invocation '<template> <invocation>', e.g. 'paper000() p000.bb [instance / mechanism]'
        if (name.endsWith('p000.bb [market-example.json / generous]')) {
            bb = c.getElementsByTagName('failure').item(0)
        }
    } else if (c.getElementsByTagName('skipped').length == 0) {
        passed << name
    }
}
println "audit: ${cases.length} tests, failed: ${failed.sort()}"
assert cases.length == 20 : "one test per claim of paper 000 expected, found ${cases.length}"
assert bb != null : "p000.bb [market-example.json / generous] did not fail; failed: ${failed}"
assert bb.getAttribute('message').contains('p000.bb FALSIFIED on market-example.json / generous')
assert bb.textContent.contains('marketproof-counterexample/2') : 'the failure does not carry the certificate'
assert passed.any { it.contains(' p000.efb [') } : "envy-freeness (untouched by the bonus) should pass: ${passed}"
return true
