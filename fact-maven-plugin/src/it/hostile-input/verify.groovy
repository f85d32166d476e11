def log = new File(basedir, 'build.log').text
def lines = log.readLines()

// each bad input is located, said in one printable line, and does not stop the rest
assert log.contains('[ERROR] claims/gone.json:1:1: cannot read the claims file: it is a symbolic link to "../moved-away.json", which does not exist')
assert log.contains('[ERROR] claims/pipe.json:1:1: cannot read the claims file: it is not a regular file but a special file (a named pipe, a socket or a device)')
assert log.contains('[ERROR] claims/hostile.json:37:1: content after the end of the JSON document: a file holds one JSON object')
assert log.contains('[ERROR] claims/hostile.json:6:16: [lone-surrogate] "quote" holds an unpaired surrogate (\\uD800) at character 13: it is not a Unicode character, so no source can contain it')
assert log.contains('[ERROR] claims/hostile.json:12:13: [   ] "id" is blank: an id needs a visible character')
assert log.contains('[ERROR] claims/hostile.json:30:16: [too-long] "quote" is 97 characters long, more than the 80 a quote may have (fact.maxQuoteLength)')
// an id cannot write lines of its own into the log
assert log.contains('[ERROR] claims/hostile.json:22:16: [forged\\n[INFO] BUILD SUCCESS\\n::error file=pom.xml::forged] quote differs from sources/000_e04d62ea4a6179d9.txt')
assert !lines.any { it.startsWith('::') || it.startsWith('[INFO] BUILD SUCCESS') }
// a damaged cache: one line, and every claim checked
assert log.contains('[WARNING] The fact check cache target/fact-cache/check.bin was discarded (')
// the linked folder's claims are checked, the good claim verified
assert log.contains('Fact check: 6 claims: 2 verified, 4 failed: 1 quote differs from its source, 3 claims cannot be checked as they are (3 claims files, 3 file errors, ')
assert log.contains('BUILD FAILURE')
// no crash: the one exception in the log is the failure of the build itself
assert !(log =~ /Caused by: (?!org.apache.maven.plugin.MojoFailureException)/)

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fact-check/report.json'))
assert report.claims.collectEntries { [it.id, it.status] } == [
        'lone-surrogate'                                                   : 'INVALID_CLAIM',
        '   '                                                              : 'INVALID_CLAIM',
        'forged\n[INFO] BUILD SUCCESS\n::error file=pom.xml::forged'       : 'QUOTE_MISMATCH', // JSON keeps the id as it is
        'too-long'                                                         : 'INVALID_CLAIM',
        'summoned-in-linked-folder'                                        : 'VERIFIED',
        'summoned-oct-24'                                                  : 'VERIFIED']
['report.sarif', 'TEST-claims.xml', 'report.html'].each { assert new File(basedir, "target/fact-check/$it").length() > 0 }
return true
