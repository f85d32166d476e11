def log = new File(basedir, 'build.log').text
def summary = 'Fact check: 2 claims: 2 verified, 0 failed (1 claims file, 0 file errors, 2 warnings)'
// both builds reach the same result; only the second takes its claims from the cache
assert log.count(summary) == 2
assert log.count('claims checked before against unchanged sources') == 1
assert log.contains('[INFO] 2 of 2 claims checked before against unchanged sources; source files read: 0')
assert new File(basedir, 'target/fact-cache/check.bin').isFile()
