def log = new File(basedir, 'build.log').text
// fact.failIfNoClaims (invoker.properties) asks a module without claims to fail
assert log.contains('Fact check failed: there is no claims directory claims (fact.failIfNoClaims)')
assert log.contains('BUILD FAILURE')
