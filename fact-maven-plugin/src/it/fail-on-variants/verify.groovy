def log = new File(basedir, 'build.log').text
// the quote "Kyiv said" does not count: a word at either end of a quote may be cut short
assert log.contains('[WARNING] sources/kyiv-independent.txt:1:1: "Kiev" (once), "Kyiv" (once) look like spellings of one name: check which is right')
assert log.contains('[WARNING]   Kyiv: sources/kyiv-independent.txt:1:1')
assert log.contains('[WARNING]   Kiev: sources/jamnews.txt:1:14')
assert log.contains('Fact check: 2 claims: 2 verified, 0 failed (1 claims file, 0 file errors, 1 warning); reports in target/fact-check: report.json, report.sarif, TEST-claims.xml, report.html (fact.failOnVariants: names spelled in near-identical ways)')
