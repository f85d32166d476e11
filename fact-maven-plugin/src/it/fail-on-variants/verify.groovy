def log = new File(basedir, 'build.log').text
// the quote counts too: it spells Kyiv in the claims file
assert log.contains('[WARNING] sources/jamnews.txt:1:14: "Kyiv" (2 times), "Kiev" (once) look like spellings of one name: check which is right')
assert log.contains('[WARNING]   Kyiv: claims/claims.json:14:16, sources/kyiv-independent.txt:1:1')
assert log.contains('[WARNING]   Kiev: sources/jamnews.txt:1:14')
assert log.contains('Fact check: 2 claims: 2 verified, 0 failed (1 claims files, 0 file errors, 1 warnings); reports in target/fact-check: report.json, report.sarif, TEST-claims.xml, report.html (fact.failOnVariants: names spelled in near-identical ways)')
