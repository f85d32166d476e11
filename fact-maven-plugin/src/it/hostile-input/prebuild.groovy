import java.nio.file.Files
import java.nio.file.Paths

// what a repository cannot hold: links, a named pipe, a damaged cache
def claims = basedir.toPath().resolve('claims')
['gone.json', 'more', 'pipe.json'].each { Files.deleteIfExists(claims.resolve(it)) } // a build run again
Files.createSymbolicLink(claims.resolve('gone.json'), Paths.get('../moved-away.json'))
Files.createSymbolicLink(claims.resolve('more'), Paths.get('../more-claims'))
def mkfifo = ['mkfifo', claims.resolve('pipe.json').toString()].execute()
assert mkfifo.waitFor() == 0
def cache = basedir.toPath().resolve('target/fact-cache/check.bin')
Files.createDirectories(cache.parent)
def random = new Random(19)
def damaged = new ByteArrayOutputStream()
new DataOutputStream(damaged).writeUTF('fact-maven check cache 4')
byte[] noise = new byte[4096]
random.nextBytes(noise)
damaged.write(noise)
Files.write(cache, damaged.toByteArray())
return true
