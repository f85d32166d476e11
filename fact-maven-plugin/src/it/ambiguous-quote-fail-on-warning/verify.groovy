def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] claims/twice.json:6:16: [peskov-no-advantage] quote occurs 2 times in sources/twice.txt (at offsets 16, 52); add "suffix": "\\n" or "prefix": "v said: " to say which one is meant')
assert log.contains('Fact check: 1 claim: 1 verified, 0 failed (1 claims file, 0 file errors, 2 warnings); reports in target/fact-check: report.json, report.sarif, TEST-claims.xml, report.html (fact.failOnWarning)')
assert log.contains('BUILD FAILURE')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fact-check/report.json'))
assert report.claims*.status == ['VERIFIED']
assert report.claims[0].warnings*.message == ['quote occurs 2 times in sources/twice.txt (at offsets 16, 52); add "suffix": "\\n" or "prefix": "v said: " to say which one is meant']
