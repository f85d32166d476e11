def log = new File(basedir, 'build.log').text
assert log.contains('Fact check failed: claims directory claims does not exist')
assert log.contains('BUILD FAILURE')
