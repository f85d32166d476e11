# Times two builds of the plugin against each other in pairs, the way the README's paired figures
# were taken: two identical copies of a dataset, each checked by one build, in turn (which goes first
# swaps every pair), after the same edit, in the same minutes. On a machine whose timings drift by a
# third from one hour to the next, pairs tell a change of a few percent that two tables cannot.
# Standard library only.
#
#   python3 benchmarks/peer/pairs.py --before REPO [--after REPO] [--claims 100000] [--pairs 10]
#                                    [--scenarios quote,reword] [--work DIR] [--mvn "mvn -B -o"]
#
# REPO is a local Maven repository that holds the build to compare, for example an older commit's:
#
#   git worktree add /tmp/before <commit>
#   mvn -f /tmp/before -B install -DskipTests -Dinvoker.skip -Dmaven.repo.local=/tmp/before-repo
#
# --after defaults to the user's own repository, where `mvn install` put the build at hand. The
# dataset is compare.py's (gen_dataset.py: 100 sources, 0.1% failing claims), copied twice under
# --work. Scenarios, each applied alike to both copies before a pair: cold (target/ removed),
# saved (a claims file saved again with a line break added or taken off), end (a source edited at
# its end, where no quote is), reword (a statement reworded), quote (a letter of a source swapped in
# case inside a verified claim's quote). Printed per scenario: the median of each build's `mvn
# verify` wall time and of the plugin's own, from its first log line to Maven's BUILD line (which
# leaves out Maven's start), and the median and range of the pairs' ratios, after over before.
import argparse, os, re, shutil, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import compare  # noqa: E402

STAMPED = ['-Dorg.slf4j.simpleLogger.showDateTime=true', '-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS']
STAMP = re.compile(r'(\d\d):(\d\d):(\d\d\.\d+) ')


def edit(path, scenario):
    if scenario == 'cold':
        shutil.rmtree(os.path.join(path, 'target'), ignore_errors=True)
    elif scenario == 'saved':
        compare.toggle(os.path.join(path, 'claims', 'c0042.json'), '\n')
    elif scenario == 'end':
        compare.toggle(os.path.join(path, 'sources', 's00042.txt'), ' x')
    elif scenario == 'reword':
        compare.reword(os.path.join(path, 'claims', 'c0042.json'))
    elif scenario == 'quote':
        compare.swap_case(*compare.quoted_place(path))
    else:
        sys.exit('unknown scenario: %s' % scenario)


def seconds(line):
    hours, minutes, secs = STAMP.match(line).groups()
    return int(hours) * 3600 + int(minutes) * 60 + float(secs)


def check(mvn, path):
    """Runs `mvn verify`; returns its wall time and the plugin's, from its log's time stamps."""
    start = time.perf_counter()
    done = subprocess.run(mvn + STAMPED + ['-Dfact.failOnError=false', 'verify'], cwd=path,
                          capture_output=True, text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit('mvn verify failed in %s:\n%s' % (path, done.stdout[-3000:]))
    lines = [line for line in done.stdout.splitlines() if STAMP.match(line)]
    first = next(line for line in lines if '--- fact-maven-plugin' in line)
    last = next(line for line in lines if 'BUILD' in line)
    return wall, seconds(last) - seconds(first)


def copy(source, target):
    shutil.rmtree(target, ignore_errors=True)
    os.makedirs(target)
    for part in ('claims', 'sources'):
        shutil.copytree(os.path.join(source, part), os.path.join(target, part))
    shutil.copy(os.path.join(source, 'pom.xml'), target)
    return target


def main():
    parser = argparse.ArgumentParser(description='two builds of the plugin, timed in pairs')
    parser.add_argument('--before', required=True, help='local Maven repository with the build before')
    parser.add_argument('--after', help="local Maven repository with the build after (default: the user's)")
    parser.add_argument('--claims', type=int, default=100000)
    parser.add_argument('--pairs', type=int, default=10)
    parser.add_argument('--scenarios', default='quote,reword')
    parser.add_argument('--work', default=os.path.join(compare.ROOT, 'benchmarks', 'target', 'peer'))
    parser.add_argument('--mvn', default='mvn -B', help='how to run Maven, for example "mvn -B -o"')
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    made = compare.dataset(args.work, args.claims)
    builds = [('before', args.mvn.split() + ['-Dmaven.repo.local=' + os.path.abspath(args.before)]),
              ('after', args.mvn.split() + (['-Dmaven.repo.local=' + os.path.abspath(args.after)]
                                            if args.after else []))]
    # identical copies, each with a cache of its own build
    copies = [copy(made, os.path.join(args.work, 'pairs-%s' % name)) for name, _ in builds]
    for (_, mvn), path in zip(builds, copies):
        check(mvn, path)
    print('| scenario | wall, before | wall, after | after/before | plugin, before | plugin, after | after/before |')
    print('|---|---|---|---|---|---|---|')
    for scenario in args.scenarios.split(','):
        walls = ([], [])
        plugin = ([], [])
        for pair in range(args.pairs):
            for path in copies:
                edit(path, scenario)
            order = [0, 1] if pair % 2 == 0 else [1, 0]
            for k in order:
                wall, own = check(builds[k][1], copies[k])
                walls[k].append(wall)
                plugin[k].append(own)
        cells = []
        for before, after in (walls, plugin):
            ratios = [a / b for a, b in zip(after, before)]
            cells += ['%.2f s' % statistics.median(before), '%.2f s' % statistics.median(after),
                      '%.2fx (%.2f–%.2fx)' % (statistics.median(ratios), min(ratios), max(ratios))]
        print('| %s (%d pairs) | %s |' % (scenario, args.pairs, ' | '.join(cells)), flush=True)


if __name__ == '__main__':
    main()
