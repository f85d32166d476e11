# Times `mvn verify` with the plugin in a dataset project, the way users run it, side by side with
# the script a user would write instead (naive_check.py), and prints the plugin's work as a ratio
# of the script's time. Standard library only.
#
#   python3 benchmarks/peer/compare.py [--sizes 10000,100000,1000000] [--runs 3] [--work DIR]
#
# Install the plugin first (mvn -B -ntp install -DskipTests -Dinvoker.skip). Each dataset is made
# once by gen_dataset.py (100 sources of news-like text, N/100 KB each, 0.1% failing claims) under
# --work. Per run, in turn: the script; `mvn verify -Dfact.skip` (Maven's own start); `mvn verify`
# with an empty target/ (cold); again with nothing changed; after one claims file of 100 saved with a
# line break added at its end (or taken off), which leaves every result as it was; after one source
# edited at its end, where no claim quotes it, which leaves them too; after one claim's statement
# reworded, which the HTML report shows; after a source edited inside a quote, which fails that
# claim (or makes it pass again). The plugin's work is a run's time minus the skip run's of the same
# round, and each ratio is that over the same round's script time; medians and ranges are printed.
import argparse, json, os, re, shutil, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SCENARIOS = ['script', 'skip', 'cold', 'unchanged', 'claims file changed', 'source edited', 'claim reworded',
             'quote edited in its source']

POM = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>io.github.factmaven.benchmarks</groupId>
  <artifactId>peer-dataset</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <build>
    <plugins>
      <plugin>
        <groupId>io.github.factmaven</groupId>
        <artifactId>fact-maven-plugin</artifactId>
        <version>%s</version>
        <executions><execution><goals><goal>check</goal></goals></execution></executions>
      </plugin>
    </plugins>
  </build>
</project>
"""


def plugin_version():
    pom = open(os.path.join(ROOT, 'pom.xml'), encoding='utf-8').read()
    return re.search(r'<artifactId>fact-maven-parent</artifactId>\s*<version>([^<]+)</version>', pom).group(1)


def dataset(work, claims):
    path = os.path.join(work, 'd%d' % claims)
    if not os.path.isdir(os.path.join(path, 'claims')):
        print('generating %s' % path, file=sys.stderr)
        subprocess.run([sys.executable, os.path.join(HERE, 'gen_dataset.py'), path, str(claims), '100',
                        str(max(1, claims // 100)), '1'], check=True)
    with open(os.path.join(path, 'pom.xml'), 'w', encoding='utf-8') as pom:
        pom.write(POM % plugin_version())
    return path


def timed(command, cwd, expect):
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    if done.returncode not in expect:
        sys.exit('%s in %s exited with %d' % (' '.join(command), cwd, done.returncode))
    return elapsed


def toggle(path, text):
    """Changes a file by adding text at its end, or taking it off again: a real change each time."""
    with open(path, 'rb') as f:
        content = f.read()
    data = text.encode('utf-8')
    content = content[:-len(data)] if content.endswith(data) else content + data
    with open(path, 'wb') as f:
        f.write(content)


def reword(path):
    """Rewords the first claim's statement of a claims file, or puts it back."""
    with open(path, encoding='utf-8') as f:
        text = f.read()
    match = re.search(r'"statement": "([^"]*)"', text)
    statement = match.group(1)
    changed = statement[:-len(' (reworded)')] if statement.endswith(' (reworded)') else statement + ' (reworded)'
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text[:match.start(1)] + changed + text[match.end(1):])


def quoted_place(path):
    """A source and the offset, in code points, of a letter that a verified claim's quote holds."""
    claims = json.load(open(os.path.join(path, 'claims', 'c0000.json'), encoding='utf-8'))['claims']
    for claim in claims:
        source = os.path.join(path, 'sources', claim['source'])
        text = open(source, encoding='utf-8', newline='').read()
        quote, offset = claim['quote'], claim['offset']
        if text[offset:offset + len(quote)] == quote:
            for i, c in enumerate(quote):
                if c.isalpha() and c.lower() != c.upper():
                    return source, offset + i
    sys.exit('no verified claim with a letter in c0000.json')


def swap_case(source, at):
    """Swaps the case of one letter of a source: a quote that held it fails, or passes again."""
    with open(source, encoding='utf-8', newline='') as f:
        text = f.read()
    with open(source, 'w', encoding='utf-8', newline='') as f:
        f.write(text[:at] + text[at].swapcase() + text[at + 1:])


def measure(path, runs, mvn):
    verify = mvn + ['-Dfact.failOnError=false', 'verify']
    script = [sys.executable, os.path.join(HERE, 'naive_check.py'), path]
    times = {name: [] for name in SCENARIOS}
    quoted = quoted_place(path)
    timed(script, path, (0, 1))  # warm the page cache
    timed(mvn + ['-Dfact.skip', 'verify'], path, (0,))
    for _ in range(runs):
        times['script'].append(timed(script, path, (0, 1)))
        times['skip'].append(timed(mvn + ['-Dfact.skip', 'verify'], path, (0,)))
        shutil.rmtree(os.path.join(path, 'target'), ignore_errors=True)
        times['cold'].append(timed(verify, path, (0,)))
        times['unchanged'].append(timed(verify, path, (0,)))
        toggle(os.path.join(path, 'claims', 'c0042.json'), '\n')
        times['claims file changed'].append(timed(verify, path, (0,)))
        toggle(os.path.join(path, 'sources', 's00042.txt'), ' x')
        times['source edited'].append(timed(verify, path, (0,)))
        reword(os.path.join(path, 'claims', 'c0042.json'))
        times['claim reworded'].append(timed(verify, path, (0,)))
        swap_case(*quoted)
        times['quote edited in its source'].append(timed(verify, path, (0,)))
    return times


def spread(values):
    return '%.2f (%.2f–%.2f)' % (statistics.median(values), min(values), max(values))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument('--sizes', default='10000,100000,1000000')
    parser.add_argument('--runs', type=int, default=3)
    parser.add_argument('--work', default=os.path.join(ROOT, 'benchmarks', 'target', 'peer'))
    parser.add_argument('--mvn', default='mvn -B -q', help='how to run Maven, for example "mvn -B -q -o"')
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    print('| claims | script, s | Maven start (`-Dfact.skip`), s | plugin work: cold | unchanged '
          '| one claims file saved again | one source edited at its end | one claim reworded '
          '| one source edited inside a quote |')
    print('|---|---|---|---|---|---|---|---|---|')
    for claims in [int(size) for size in args.sizes.split(',')]:
        times = measure(dataset(args.work, claims), args.runs, args.mvn.split())
        cells = []
        for name in SCENARIOS[2:]:
            work = [run - skip for run, skip in zip(times[name], times['skip'])]
            ratios = [w / s for w, s in zip(work, times['script'])]
            cells.append('%s s: %.2fx (%.2f–%.2fx)' % (spread(work).split(' ')[0], statistics.median(ratios),
                                                       min(ratios), max(ratios)))
        print('| {:,} | {} | {} | {} |'.format(claims, spread(times['script']), spread(times['skip']),
                                              ' | '.join(cells)), flush=True)


if __name__ == '__main__':
    main()
