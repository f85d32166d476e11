# Writes a dataset project in which many claims share something, on a source of about a megabyte of
# the example's news articles. Standard library only.
#
#   python3 benchmarks/peer/gen_alike.py OUT SCENARIO [N]
#
# SCENARIO is one of
#   span         N claims with different ids citing the same source, offset and quote
#   id           N claims with the same id
#   other        N quotes not in the source they cite, all in a second source
#   occurrences  N claims citing a sentence that occurs N times, each at its own occurrence
#   spelling     N quotes naming "Kopyrkin" where the article names "Koprikin"
# N defaults to 100000. OUT gets sources/, claims/ (ten claims files) and a pom.xml that binds fact:check.
import glob, json, os, sys

from compare import POM, ROOT, plugin_version


def main(out, scenario, n):
    articles = sorted(glob.glob(os.path.join(ROOT, 'examples', 'armenia-russia-2023', 'sources', '*.txt')))
    news = ''.join(open(path, encoding='utf-8').read() for path in articles)
    text = (news * (1_000_000 // len(news) + 1))[:1_000_000]
    other = None
    if scenario == 'occurrences':
        text = 'The ambassador was summoned. ' * n + text
    elif scenario == 'spelling':
        text += ' Koprikin said.' + ''.join(' Kopyrkin met envoy %d.' % i for i in range(n))
    elif scenario == 'other':
        other = ''.join('Sentence number %d of the other article. ' % i for i in range(n))
    elif scenario not in ('span', 'id'):
        sys.exit('unknown scenario %s' % scenario)
    os.makedirs(os.path.join(out, 'sources'), exist_ok=True)
    os.makedirs(os.path.join(out, 'claims'), exist_ok=True)
    with open(os.path.join(out, 'sources', 'a.txt'), 'w', encoding='utf-8') as f:
        f.write(text)
    if other is not None:
        with open(os.path.join(out, 'sources', 'b.txt'), 'w', encoding='utf-8') as f:
            f.write(other)
    envoys = len(text) - len(''.join(' Kopyrkin met envoy %d.' % i for i in range(n))) if scenario == 'spelling' else 0
    claims = []
    for i in range(n):
        if scenario == 'span':
            claim = {'id': 'c%d' % i, 'quote': text[1000:1060], 'offset': 1000}
        elif scenario == 'id':
            at = 1000 + i % 1000
            claim = {'id': 'same', 'quote': text[at:at + 40], 'offset': at}
        elif scenario == 'other':
            claim = {'id': 'c%d' % i, 'quote': 'Sentence number %d of the other article.' % i, 'offset': 0}
        elif scenario == 'occurrences':
            claim = {'id': 'c%d' % i, 'quote': 'The ambassador was summoned.', 'offset': 29 * i}
        else:
            quote = 'Kopyrkin met envoy %d.' % i
            claim = {'id': 'c%d' % i, 'quote': quote, 'offset': envoys + 1}
            envoys += len(quote) + 1
        claim.update(statement='s', source='a.txt', outlet='o')
        claims.append(claim)
    per = max(1, n // 10)
    for k, start in enumerate(range(0, n, per)):
        with open(os.path.join(out, 'claims', 'c%03d.json' % k), 'w', encoding='utf-8') as f:
            json.dump({'claims': claims[start:start + per]}, f, indent=2, ensure_ascii=False)
    with open(os.path.join(out, 'pom.xml'), 'w', encoding='utf-8') as f:
        f.write(POM % plugin_version())


if __name__ == '__main__':
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__ or 'usage: gen_alike.py OUT SCENARIO [N]')
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) == 4 else 100_000)
