def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] claims/nbsp.json:6:16: [typed-space] quote differs from sources/nbsp.txt at offset 16 (line 1, column 17): typography only')
assert log.contains('[ERROR]   source: said<U+00A0>on Monday')
assert log.contains('[ERROR]   typography: the source has U+00A0 NO-BREAK SPACE where the quote has U+0020 SPACE')
assert log.contains('[ERROR] Fact check: 1 claim: 0 verified, 1 failed: 1 quote differs from its source (1 claims file, 0 file errors, 1 warning)')
assert log.contains('[WARNING] The build goes on because fact.failOnError is false')
assert log.contains('BUILD SUCCESS')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fact-check/report.json'))
assert report.claims*.status == ['QUOTE_MISMATCH']
