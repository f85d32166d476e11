import java.security.MessageDigest

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] registered 2023/jamnews.txt with the outlet its claims name, "JAMnews"; add its title, authors, URL and dates by hand')
assert log.contains('[INFO] registered kyiv-independent.txt with the outlet its claims name, "The Kyiv Independent"')
assert log.contains('[INFO] Fact pin: 2 changes written to sources/sources.json')
assert log.contains('Fact check: 2 claims: 2 verified, 0 failed (1 claims file, 0 file errors, 0 warnings)')
assert !log.contains('[WARNING]')

def sha256 = { String path -> MessageDigest.getInstance('SHA-256').digest(new File(basedir, path).bytes).encodeHex().toString() }
def registry = new groovy.json.JsonSlurper().parse(new File(basedir, 'sources/sources.json'))
assert registry.sources*.file == ['2023/jamnews.txt', 'kyiv-independent.txt']
assert registry.sources*.outlet == ['JAMnews', 'The Kyiv Independent']
assert registry.sources*.sha256 == [sha256('sources/2023/jamnews.txt'), sha256('sources/kyiv-independent.txt')]
