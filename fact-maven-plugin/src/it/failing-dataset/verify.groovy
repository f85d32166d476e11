def log = new File(basedir, 'build.log').text

// the misspelled name: claim id, location of the quote, both spellings side by side
assert log.contains('[ERROR] claims/ambassador.json:6:16: [ambassador-summoned-over-tv-program] quote does not match sources/000_e04d62ea4a6179d9.txt at offset 1821 (line 22, column 211)')
assert log.contains('[ERROR]   quote:  …ned Ambassador Sergei Kopyrkin over')
assert log.contains('[ERROR]   source: …ned Ambassador Sergei Koprikin over')
assert log.contains('[ERROR]   the source has "ri" where the quote has "yr"')
// the moved quote: where it really is
assert log.contains('[ERROR] claims/ambassador.json:16:17: [ambassador-koprikin-moved] quote is not at offset 1784 of sources/000_e04d62ea4a6179d9.txt but at offset 1821 (line 22, column 211), 37 characters further on')
// one broken file and one missing source do not stop the rest
assert log.contains('[ERROR] claims/broken.json:4:3: malformed JSON: ')
assert log.contains('[ERROR] claims/missing-source.json:7:17: [telegraph-not-downloaded] source file sources/001_95c90beaeb40d16c.txt does not exist')
assert log.contains('Fact check: 4 claims: 1 verified, 3 failed (3 claims files, 1 file errors); report: target/fact-check/report.json')
assert log.contains('BUILD FAILURE')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fact-check/report.json'))
assert report.claims.collectEntries { [it.id, it.status] } == [
        'ambassador-summoned-over-tv-program': 'QUOTE_MISMATCH',
        'ambassador-koprikin-moved'          : 'OFFSET_MISMATCH',
        'ambassador-summoned-oct-24'         : 'VERIFIED',
        'telegraph-not-downloaded'           : 'SOURCE_NOT_FOUND']
def kopyrkin = report.claims.find { it.id == 'ambassador-summoned-over-tv-program' }
assert kopyrkin.file == 'claims/ambassador.json' && kopyrkin.line == 6 && kopyrkin.column == 16
assert kopyrkin.message.contains('Kopyrkin') && kopyrkin.message.contains('Koprikin')
assert report.fileErrors*.file == ['claims/broken.json']
