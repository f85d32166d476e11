def log = new File(basedir, 'build.log').text
// fact.formats (test.properties) chooses the reports
assert log.contains('Fact check: 2 claims: 2 verified, 0 failed (2 claims files, 0 file errors, 0 warnings); reports in target/fact-check: report.json, report.html')
assert ['report.json', 'report.html'].every { new File(basedir, "target/fact-check/$it").isFile() }
assert !new File(basedir, 'target/fact-check/report.sarif').exists()
assert !new File(basedir, 'target/fact-check/TEST-claims.xml').exists()
assert !log.contains('[ERROR]')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fact-check/report.json'))
assert report.summary.verified == 2
assert report.claims*.status == ['VERIFIED', 'VERIFIED']
assert report.claims*.file == ['claims/emoji.json', 'claims/nested/crlf.json']
