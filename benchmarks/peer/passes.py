# Where the CPU time of a check goes, pass by pass, from a JFR recording of `mvn verify`:
#
#   MAVEN_OPTS="-XX:StartFlightRecording=filename=check.jfr,settings=profile" mvn -B -q verify
#   python3 benchmarks/peer/passes.py check.jfr
#
# Each execution sample (one every 10 ms per running Java thread under the "profile" settings) is
# put in the pass of the innermost frame that names one, else in "the rest of the check" if it runs
# our code at all; the JIT's and the collector's own threads are not sampled. Standard library and the JDK's `jfr` tool only.
import collections, re, subprocess, sys

# (pass, pattern on a frame's class and method), innermost frame first: the first frame of a sample
# that matches a pattern, from the top of the stack down, decides its pass
PASSES = [
    ('claims files read (parse, bind)', r'ClaimsFileReader\.|ClaimsBinding\.|StreamingBinding\.'),
    ('source: check UTF-8 and index code points', r'SourceText\.(index|ofUtf8|sequenceLength)'),
    ('source: names, for the spelling variants', r'NameIndex\$NameScan\.'),
    ('quotes: names', r'NameIndex\.(quoteNames|addQuotes|lambda)'),
    ('names merged, spelling variants', r'NameIndex\.|SpellingVariants|NamePlaces'),
    ('source: where each quote occurs', r'QuoteOccurrences'),
    ('lines and columns', r'SourceText\.(lineBreaks|addLineBreak|lineColumnOf)'),
    ('diagnosis of the failures', r'QuoteDiagnoser|ApproximateMatcher|Alignment|QuoteDiff'),
    ('quote at its offset, context, ambiguity', r'SourceCheck\.|SourceText\.(matchEnd|matchesAt|endsAt)|QuoteContext'),
    ('SHA-256', r'sun\.security\.provider|SourceFiles\.sha256|RawSource\.sha256'),
    ('read source files', r'readAllBytes|RawSource|SourceFiles\.read'),
    ('cache keys, cache', r'ClaimKey|CheckCache|QuoteOutcomeFormat'),
    ('registry judgement, results', r'Provenance\.|FactChecker\.judged|QuoteOutcome\.resultFor'),
    ('same-span warnings', r'DuplicateSpans'),
    ('report.json', r'JsonReport'),
    ('TEST-claims.xml', r'JUnitReport'),
    ('report.html', r'HtmlReport|report\.SourceBytes'),
    ('report.sarif', r'SarifReport'),
    ('console lines, digest, record', r'ConsoleReport|CheckDigest|LastCheck|InputManifest'),
]


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: passes.py RECORDING.jfr')
    printed = subprocess.run(['jfr', 'print', '--events', 'jdk.ExecutionSample', sys.argv[1]],
                             check=True, capture_output=True, text=True).stdout
    counts = collections.Counter()
    for sample in printed.split('jdk.ExecutionSample')[1:]:
        stack = re.search(r'stackTrace = \[(.*?)\n\s*\]', sample, re.S)
        frames = [frame.strip().split('(')[0] for frame in stack.group(1).strip().split('\n')] if stack else []
        named = next((name for frame in frames for name, pattern in PASSES if re.search(pattern, frame)), None)
        if named is None:
            named = ('the rest of the check' if any('io.github.factmaven.' in frame for frame in frames)
                     else 'Maven, Jackson and the JDK outside these (stacks cut at 64 frames included)')
        counts[named] += 1
    total = sum(counts.values())
    print('| pass | CPU-s (10 ms samples) | share |')
    print('|---|---|---|')
    for name, count in counts.most_common():
        print('| %s | %.2f | %.0f%% |' % (name, count / 100, 100 * count / total))
    print('| all sampled Java code | %.2f | 100%% |' % (total / 100))


if __name__ == '__main__':
    main()
