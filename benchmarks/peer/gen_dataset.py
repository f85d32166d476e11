# Generates a synthetic dataset (sources/ + claims/) in the claim format of the project, for
# side-by-side timing: gen_dataset.py OUT_DIR N_CLAIMS N_SOURCES SOURCE_KB [FAIL_PERMILLE]
import os, random, sys, json
out, n, m, kb = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
fail = int(sys.argv[5]) if len(sys.argv) > 5 else 0
rnd = random.Random(42)
# the seed articles are the example dataset's five sources
SEEDS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'examples', 'armenia-russia-2023', 'sources')
seeds = [open(os.path.join(SEEDS, f), encoding='utf-8').read() for f in sorted(os.listdir(SEEDS)) if f.endswith('.txt')]
words = ' '.join(seeds).split()
extra = ['Ереван', 'Հայաստան', '🇦🇲', '“quoted”', '—', 'naïve', '𝕏']
os.makedirs(out + '/sources', exist_ok=True); os.makedirs(out + '/claims', exist_ok=True)
texts = []
for s in range(m):
    parts, size = [], 0
    while size < kb * 1024:
        w = rnd.choice(words) if rnd.random() > 0.02 else rnd.choice(extra)
        parts.append(w); size += len(w.encode()) + 1
        if rnd.random() < 0.01: parts.append('\n')
    t = ' '.join(parts)
    texts.append(t)
    open(f'{out}/sources/s{s:05d}.txt', 'w', encoding='utf-8', newline='').write(t)
per_file = max(1, n // 100)
claims, fileno = [], 0
def flush():
    global claims, fileno
    if claims:
        json.dump({'claims': claims}, open(f'{out}/claims/c{fileno:04d}.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
        fileno += 1; claims = []
for i in range(n):
    s = rnd.randrange(m); t = texts[s]
    ln = rnd.randint(20, 120); off = rnd.randrange(0, max(1, len(t) - ln))
    q = t[off:off + ln]
    if fail and rnd.randrange(1000) < fail:
        q = q[:-1] + ('x' if q[-1] != 'x' else 'y')
    claims.append({'id': f'c{i}', 'statement': 'Synthetic claim ' + str(i), 'quote': q,
                   'source': f's{s:05d}.txt', 'offset': off, 'outlet': f'Outlet {s % 17}'})
    if len(claims) >= per_file: flush()
flush()
