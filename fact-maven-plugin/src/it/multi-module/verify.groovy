def log = new File(basedir, 'build.log').text
// the parent and the library have no claims: one line each, no failure
assert log.count('[INFO] Fact check skipped: there is no claims directory claims (set fact.failIfNoClaims to fail instead)') == 2
assert log.contains('Fact check: 2 claims: 2 verified, 0 failed (2 claims files, 0 file errors, 0 warnings)')
assert new File(basedir, 'dataset/target/fact-check/report.json').isFile()
assert !new File(basedir, 'library/target/fact-check').exists()
assert log.contains('BUILD SUCCESS')
return true
