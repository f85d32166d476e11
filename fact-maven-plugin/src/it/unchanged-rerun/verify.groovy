def log = new File(basedir, 'build.log').text
// the second build tells everything the first told, without checking again
assert log.count('[ERROR] claims/nbsp.json:6:16: [typed-space] quote differs from sources/nbsp.txt at offset 16 (line 1, column 17): typography only') == 2
assert log.count('[ERROR]   typography: the source has U+00A0 NO-BREAK SPACE where the quote has U+0020 SPACE') == 2
assert log.count('[ERROR] Fact check: 1 claim: 0 verified, 1 failed: 1 quote differs from its source (1 claims file, 0 file errors, 1 warning)') == 2
assert log.count('[INFO] Nothing changed since the last check (claims, sources, registry, settings): its result stands, and its reports are left as they are') == 1
assert log.count('[WARNING] The build goes on because fact.failOnError is false') == 2

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fact-check/report.json'))
assert report.claims*.status == ['QUOTE_MISMATCH']
