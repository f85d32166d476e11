def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Fact check page written to ')
assert log.contains('BUILD SUCCESS')

def html = new File(basedir, 'target/site/fact-check.html').text
assert html.startsWith('<!DOCTYPE html')
assert html.contains('<title>Fact check</title>')
assert html.contains('2 claims: 1 verified, 1 failed: 1 quote differs from its source (1 claims file, 0 file errors, 2 warnings)')
assert html.contains('Quote differs from the source (QUOTE_MISMATCH)')
return true
