def log = new File(basedir, 'build.log').text

// the diff a user would apply, file by file
assert log.contains('''[INFO] --- a/claims/mirror.json
[INFO] +++ b/claims/mirror.json
[INFO] @@ -4,7 +4,8 @@
[INFO]        "id": "csto-stays",
[INFO]        "statement": "Pashinyan ruled out leaving the CSTO.",
[INFO]        "quote": "Pashinyan also ruled out",
[INFO] -      "source": "000_e04d62ea4a6179d9.txt",
[INFO] +      "source": "000_e04d62ea4a6179d9.txt",
[INFO] +      "offset": 544,
[INFO]        "outlet": "The Armenian Mirror-Spectator"
[INFO]      },
[INFO]      {''')

// a misspelled name is never changed, only reported with both spellings
assert log.contains('[WARNING] claims/mirror.json:13:16: [ambassador-kopyrkin] the claim has no offset, and sources/000_e04d62ea4a6179d9.txt does not contain the quote; the closest passage is at offset 1821 (line 22, column 211) and differs: substance')
assert log.contains('[WARNING]   quote:  …ned Ambassador Sergei Kopyrkin over')
assert log.contains('[WARNING]   source: …ned Ambassador Sergei Koprikin over')
assert log.contains('[WARNING]   fix the quote by hand: the tool changes only typography and invisible characters, never words')

// an ambiguous quote is not guessed: each occurrence with what would tell it apart
assert log.contains('[WARNING] claims/mirror.json:20:16: [troops] the quote occurs 3 times in sources/000_e04d62ea4a6179d9.txt; say which one is meant:')
assert log.contains('[WARNING]   for the one at offset 494 (line 10, column 126): add "prefix": "f " or "suffix": " i"')

assert log.contains('[INFO] Fact fix: 1 offset filled in, 0 repaired, 0 quotes fixed, 2 claims left alone, 0 file errors; dry run, nothing written: 1 claims file would change (claims/mirror.json)')
assert log.contains('[WARNING] Some claims need a person: see the warnings above. Then run mvn verify.')
assert log.contains('BUILD SUCCESS')

// nothing written
def claims = new File(basedir, 'claims/mirror.json').text
assert !claims.contains('"offset"')
assert new File(basedir, 'claims').list().toList() == ['mirror.json']
