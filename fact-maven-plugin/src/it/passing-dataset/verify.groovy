def log = new File(basedir, 'build.log').text
assert log.contains('Fact check: 2 claims: 2 verified, 0 failed (2 claims files, 0 file errors, 0 warnings); report: target/fact-check/report.json')
assert !log.contains('[ERROR]')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fact-check/report.json'))
assert report.summary.verified == 2
assert report.claims*.status == ['VERIFIED', 'VERIFIED']
assert report.claims*.file == ['claims/emoji.json', 'claims/nested/crlf.json']
