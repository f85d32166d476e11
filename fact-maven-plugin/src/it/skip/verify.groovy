def log = new File(basedir, 'build.log').text
assert log.contains('Fact check skipped (fact.skip)')
assert !log.contains('typed-space')
assert !new File(basedir, 'target/fact-check/report.json').exists()
