import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

// what cannot become a claim is named where it is written, with what to do
assert log.contains("[WARNING] annotations/hypothesis.json:35:5: not imported: annotation Qp4mS9LzEe6 has no textual body to be the claim's statement: write what the quote supports in the annotation's comment")
assert log.contains('[INFO] Fact import: 2 claims of 3 annotations written to claims/annotations.json; 1 not imported; 1 without a position: run mvn fact:fix to fill in its offset')

def claims = new JsonSlurper().parse(new File(basedir, 'claims/annotations.json')).claims
assert claims*.id == ['hN2f8K1xEe6', 'kremlin-alliance']
// Hypothesis counts UTF-16 units: 54 of them before the quote are 52 code points after the flag
assert claims[0].offset == 52
assert claims[0].quote == '“no advantage” in the presence of Russian troops'
assert claims[0].prefix == 'Armenia sees '
assert claims[0].outlet == 'Example News'
assert claims[1].statement == 'The Kremlin says the alliance stays.'

// fact:fix finds the offset of the quote-only annotation, and the check passes
assert log.contains('[kremlin-alliance] offset 124 filled in: the only occurrence of the quote in sources/pashinyan.txt, at line 2, column 23')
assert log.contains('Fact check: 2 claims: 2 verified, 0 failed (1 claims file, 0 file errors, 0 warnings)')
assert log.contains('BUILD SUCCESS')
