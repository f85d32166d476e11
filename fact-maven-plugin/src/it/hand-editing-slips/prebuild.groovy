import java.nio.charset.StandardCharsets
import java.nio.file.Files

// what a text editor or a browser writes, and a repository keeps as bytes: a claims file saved as
// "Unicode" (UTF-16 with a byte-order mark) and an article saved as a PDF
def claims = basedir.toPath().resolve('claims')
Files.write(claims.resolve('notepad.json'), '\uFEFF{"claims": []}\n'.getBytes(StandardCharsets.UTF_16LE))
Files.write(basedir.toPath().resolve('sources/article.pdf'), '%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n'.getBytes(StandardCharsets.ISO_8859_1))
return true
