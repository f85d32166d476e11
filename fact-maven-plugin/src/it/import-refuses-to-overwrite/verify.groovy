def log = new File(basedir, 'build.log').text

assert log.contains('Fact import: claims/annotations.json exists and is left as it is; import to another file (-Dfact.importTo=claims/other.json) or replace it (-Dfact.overwrite=true)')
assert log.contains('BUILD FAILURE')
assert new File(basedir, 'claims/annotations.json').text.contains('"Written by hand, not to be lost."')
assert new File(basedir, 'claims').list() as List == ['annotations.json']
