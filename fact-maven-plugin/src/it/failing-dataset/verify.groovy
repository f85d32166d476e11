def log = new File(basedir, 'build.log').text

// a substantive difference: the misspelled name, both spellings side by side, at the quote member
assert log.contains('[ERROR] claims/ambassador.json:6:16: [ambassador-summoned-over-tv-program] quote differs from sources/000_e04d62ea4a6179d9.txt at offset 1821 (line 22, column 211): substance')
assert log.contains('[ERROR]   quote:  …ned Ambassador Sergei Kopyrkin over')
assert log.contains('[ERROR]   source: …ned Ambassador Sergei Koprikin over')
assert log.contains('[ERROR]   substance: the source has "ri" where the quote has "yr"')
// a moved quote: where it really is
assert log.contains('[ERROR] claims/ambassador.json:16:17: [ambassador-koprikin-moved] quote is not at offset 1784 of sources/000_e04d62ea4a6179d9.txt but at offset 1821 (line 22, column 211), 37 characters further on')
// a typography-only difference, the characters named
assert log.contains('[ERROR] claims/ambassador.json:30:16: [border-guards-straight-apostrophe] quote differs from sources/000_e04d62ea4a6179d9.txt at offset 1211 (line 16, column 86): typography only')
assert log.contains('''[ERROR]   typography: the source has U+2019 RIGHT SINGLE QUOTATION MARK "’" where the quote has U+0027 APOSTROPHE "'"''')
// one broken file and one missing source do not stop the rest
assert log.contains('[ERROR] claims/broken.json:4:3: the object before this ] is not closed: remove the comma after its last member and add }')
assert log.contains('[ERROR] claims/missing-source.json:7:17: [telegraph-not-downloaded] source file sources/001_95c90beaeb40d16c.txt does not exist')
assert log.contains('Fact check: 5 claims: 1 verified, 4 failed: 2 quotes differ from their sources, 1 claim to complete with mvn fact:fix, 1 claim cannot be checked as it is (3 claims files, 1 file error, 2 warnings); reports in target/fact-check: report.json, report.sarif, TEST-claims.xml, report.html')
assert log.contains('BUILD FAILURE')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fact-check/report.json'))
assert report.claims.collectEntries { [it.id, it.status] } == [
        'ambassador-summoned-over-tv-program': 'QUOTE_MISMATCH',
        'ambassador-koprikin-moved'          : 'OFFSET_MISMATCH',
        'ambassador-summoned-oct-24'         : 'VERIFIED',
        'border-guards-straight-apostrophe'  : 'QUOTE_MISMATCH',
        'telegraph-not-downloaded'           : 'SOURCE_NOT_FOUND']
def kopyrkin = report.claims.find { it.id == 'ambassador-summoned-over-tv-program' }
assert kopyrkin.file == 'claims/ambassador.json' && kopyrkin.line == 6 && kopyrkin.column == 16
assert kopyrkin.message.contains('Kopyrkin') && kopyrkin.message.contains('Koprikin')
assert kopyrkin.details.expectedOffset == 1821
assert kopyrkin.details.found == [[offset: 1821, line: 22, column: 211]]
assert kopyrkin.details.differences == [[kind: 'SUBSTANCE', quoteIndex: 30, quoteText: 'yr', sourceOffset: 1851,
        sourceText: 'ri', description: 'substance: the source has "ri" where the quote has "yr"']]
def moved = report.claims.find { it.id == 'ambassador-koprikin-moved' }
assert moved.details.found*.offset == [1821]
assert report.fileErrors*.file == ['claims/broken.json']

// SARIF: the misspelling located in the claims file, with its place in the source
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fact-check/report.sarif'))
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
assert run.tool.driver.name == 'fact-maven-plugin' && run.tool.driver.version ==~ /\d+\.\d+.*/
def sarifKopyrkin = run.results.find { it.message.text.startsWith('[ambassador-summoned-over-tv-program]') }
assert sarifKopyrkin.ruleId == 'QUOTE_MISMATCH' && sarifKopyrkin.level == 'error'
assert sarifKopyrkin.message.text.contains('Kopyrkin') && sarifKopyrkin.message.text.contains('Koprikin')
// paths from the repository root: this project is a folder of the fact-maven checkout
assert sarifKopyrkin.locations[0].physicalLocation.artifactLocation.uri == 'fact-maven-plugin/target/it/failing-dataset/claims/ambassador.json'
assert sarifKopyrkin.locations[0].physicalLocation.region == [startLine: 6, startColumn: 16]
assert sarifKopyrkin.relatedLocations[0].physicalLocation.artifactLocation.uri == 'fact-maven-plugin/target/it/failing-dataset/sources/000_e04d62ea4a6179d9.txt'
assert sarifKopyrkin.relatedLocations[0].physicalLocation.region == [startLine: 22, startColumn: 211]
assert run.results.findAll { it.level == 'error' }*.ruleId.sort() == ['FILE_ERROR', 'OFFSET_MISMATCH', 'QUOTE_MISMATCH', 'QUOTE_MISMATCH', 'SOURCE_NOT_FOUND']

// JUnit XML: a test per claim, the misspelling a failure carrying the message
def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/fact-check/TEST-claims.xml'))
assert junit.@tests == '6' && junit.@failures == '4' && junit.@errors == '1'
def junitKopyrkin = junit.'**'.find { it.name() == 'testcase' && it.@name == 'ambassador-summoned-over-tv-program' }
assert junitKopyrkin.@classname == 'claims.ambassador'
assert junit.testsuite.find { it.@file == 'claims/ambassador.json' }.@timestamp.text() ==~ /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/
assert junitKopyrkin.failure.@type == 'QUOTE_MISMATCH'
assert junitKopyrkin.failure.text().contains('Kopyrkin') && junitKopyrkin.failure.text().contains('Koprikin')

// HTML: one self-contained page with both spellings, the differing letters marked
def html = new File(basedir, 'target/fact-check/report.html').text
assert html.contains('<strong id="count-failed">4</strong>')
// the headline says what kind of trouble the failures are in, not that the claims are false
assert html.contains('<p class="verdict failed">2 quotes differ from their sources, 1 claim to complete with mvn fact:fix, 1 claim cannot be checked as it is; 1 file cannot be used</p>')
assert html.contains('<strong id="count-incomplete">1</strong> to complete (mvn fact:fix)')
assert html.contains('Kop<mark class="diff">yr</mark>kin') && html.contains('Kop<mark class="diff">ri</mark>kin')
assert !(html =~ /(?i)<(script|link|img)[^>]+(src|href)=/): 'nothing loaded from elsewhere'

// the editor's discrepancy list: every place each spelling is written, quotes included
assert log.contains('[WARNING] claims/ambassador.json:14:16: "Kopyrkin" (4 times), "Koprikin" (2 times) look like spellings of one name: check which is right')
assert log.contains('[WARNING]   Kopyrkin: claims/ambassador.json:6:16, claims/ambassador.json:22:16, sources/000_e04d62ea4a6179d9.txt:46:58, sources/000_e04d62ea4a6179d9.txt:46:295')
assert log.contains('[WARNING]   Koprikin: claims/ambassador.json:14:16, sources/000_e04d62ea4a6179d9.txt:22:238')
assert log.contains('[WARNING] sources/000_e04d62ea4a6179d9.txt:1:1: there is no sources registry sources/sources.json')
assert run.results.findAll { it.level == 'warning' }*.ruleId.sort() == ['SPELLING_VARIANTS', 'UNREGISTERED_SOURCE']
