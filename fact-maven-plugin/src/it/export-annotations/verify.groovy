import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Fact export: 2 claims written as W3C Web Annotations to target/fact-check/annotations.jsonld')

def page = new JsonSlurper().parse(new File(basedir, 'target/fact-check/annotations.jsonld'))
assert page['@context'] == 'http://www.w3.org/ns/anno.jsonld'
assert page.type == 'AnnotationPage'
def first = page.items[0]
assert first.id == 'urn:x-fact-maven:claim:no+advantage%2Ftroops'
assert first.body.value == 'Pashinyan sees no advantage in Russian troops in Armenia.'
assert first.target.source == 'https://example.org/2023/10/pashinyan-troops'
assert first.target.selector[0] == [type: 'TextQuoteSelector', exact: '“no advantage” in the presence of Russian troops', prefix: 'sees ']
assert first.target.selector[1] == [type: 'TextPositionSelector', start: 52, end: 100]

// imported again, the claims are the same
assert log.contains('[INFO] Fact import: 2 claims of 2 annotations written to target/reimported/claims.json; 0 not imported')
def original = new JsonSlurper().parse(new File(basedir, 'claims/pashinyan.json')).claims
def reimported = new JsonSlurper().parse(new File(basedir, 'target/reimported/claims.json')).claims
assert reimported == original
