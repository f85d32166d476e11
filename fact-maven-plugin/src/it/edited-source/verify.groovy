def log = new File(basedir, 'build.log').text
// the edited source fails the claim that cites it, with both hashes, though the quote still matches
assert log.contains('[ERROR] claims/claims.json:7:17: [summoned] source file a.txt has changed since it was pinned: its SHA-256 is 8873a75c3aedf88809ba0c44adebf733c14d837c8a0713eee5ff64a1dc8abfda, but sources/sources.json:3:57 records 5ccfa1368f48fbba44ef2c99955f3dbb16fdca265549d446618db2f603012ab5. The quote is still at its offset. If the change is intended, review the claims that cite it and run mvn fact:pin -Dfact.repin=true')
assert log.contains('[ERROR] claims/claims.json:17:17: [protest-note] outlet "Another Outlet" is not the outlet sources/sources.json:4:33 registers for b.txt: "The Outlet"')
assert log.contains('[ERROR] sources/sources.json:5:14: "gone.txt" is registered, but sources/gone.txt does not exist: restore the file, or remove its entry if no claim needs it')
assert log.contains('[WARNING] sources/extra.txt:1:1: source file "extra.txt" is not registered in sources/sources.json')
assert log.contains('Fact check: 2 claims: 0 verified, 2 failed: 2 claims cannot be checked as they are (1 claims file, 1 file error, 1 warning)')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fact-check/report.json'))
assert report.claims*.status == ['SOURCE_CHANGED', 'OUTLET_MISMATCH']
assert report.warnings*.kind == ['UNREGISTERED_SOURCE']
