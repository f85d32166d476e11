def log = new File(basedir, 'build.log').text
// each slip named for what it is, where to fix it, in words an editor acts on
assert log.contains('[ERROR] claims/trailing-comma.json:9:48: trailing comma: remove this comma after the last member of the object')
assert log.contains('[ERROR] claims/notepad.json:1:1: the file is UTF-16 text (it begins with a UTF-16 byte-order mark): save it as UTF-8')
assert log.contains('[ERROR] claims/slips.json:7:17: [typo-in-path] source file sources/2023/azatutyn.txt does not exist; did you mean sources/2023/azatutyun.txt?')
assert log.contains('[ERROR] claims/slips.json:15:17: [pdf-source] source file sources/article.pdf is not UTF-8 text: the file is a PDF document, not text: save the article\'s text as a UTF-8 .txt file, or the web page as .html')
assert log.contains('Fact check: 2 claims: 0 verified, 2 failed: 2 claims cannot be checked as they are (3 claims files, 2 file errors, ')
// no parser's notes on its own input
assert !log.contains('REDACTED')
return true
