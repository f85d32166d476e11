def log = new File(basedir, 'build.log').text

// fact:fix says what it changed and which rule chose each offset
assert log.contains('[INFO] claims/mirror.json:6:17: [troops-no-advantage] offset 403 filled in: the only occurrence of the quote in sources/000_e04d62ea4a6179d9.txt, at line 10, column 35')
assert log.contains('[INFO] claims/mirror.json:15:17: [csto-stays] offset 552 repaired to 544: the only occurrence of the quote in sources/000_e04d62ea4a6179d9.txt, at line 10, column 176')
assert log.contains('[INFO] claims/mirror.json:23:17: [troops-stationed] offset 1120 repaired to 1126: of the 3 occurrences of the quote in sources/000_e04d62ea4a6179d9.txt, the nearest to the old offset 1120, at line 16, column 1')
assert log.contains('[INFO] claims/mirror.json:29:17: [border-guards] quote replaced by what sources/000_e04d62ea4a6179d9.txt has at offset 1211 (line 16, column 86): "Russian border guards control Armenia’s borders"')
assert log.contains('''[INFO]   typography: the source has U+2019 RIGHT SINGLE QUOTATION MARK "’" where the quote has U+0027 APOSTROPHE "'"''')
assert log.contains('[INFO] claims/nested/compact.json:1:116: [peacekeepers] offset 1313 filled in: the only occurrence of the quote in sources/000_e04d62ea4a6179d9.txt, at line 20, column 1')
assert log.contains('[INFO] Fact fix: 2 offsets filled in, 2 repaired, 1 quote fixed, 0 claims left alone, 0 file errors; changed 2 claims files (claims/mirror.json, claims/nested/compact.json)')

// only the intended bytes changed: CRLF, tabs, aligned values, escapes and the missing final newline stay
['mirror.json', 'nested/compact.json'].each { name ->
    byte[] actual = new File(basedir, 'claims/' + name).bytes
    byte[] expected = new File(basedir, 'expected-claims/' + name).bytes
    assert actual == expected: "claims/$name differs from expected-claims/$name:\n" + new String(actual, 'UTF-8')
}
assert !new File(basedir, 'claims').listFiles().any { it.name.endsWith('.tmp') }: 'no temporary file is left behind'

// and then the check passes; the offset the nearest-occurrence rule chose is verified, and the
// quote that occurs three times gets its usual warning with the context that would tell it apart
assert log.contains('[WARNING] claims/mirror.json:22:17: [troops-stationed] quote occurs 3 times in sources/000_e04d62ea4a6179d9.txt (at offsets 494, 877, 1126); add "prefix": "\\n" or "suffix": " a" to say which one is meant')
assert log.contains('Fact check: 6 claims: 6 verified, 0 failed (2 claims files, 0 file errors, 3 warnings)')
assert log.contains('BUILD SUCCESS')
