#!/usr/bin/env python3
"""Measurements and report of benchmarks/run (called by it; standard library only).

Each command runs REPS times (hyperfine when it is installed, else this timer: wall time
per run, median taken), stdout to /dev/null, every run under `/usr/bin/time -v` for the
peak RSS. MB = 10^6 bytes. Writes RESULTS/RUN_ID.json and RESULTS/RUN_ID.md.
"""
import argparse
import datetime
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(HERE)
ROOT = os.path.dirname(BENCH)
GNU_TIME = "/usr/bin/time"


def log(msg):
    print(f"bench: {msg}", file=sys.stderr, flush=True)


def sh(argv, **kw):
    try:
        return subprocess.run(argv, capture_output=True, text=True, **kw).stdout.strip()
    except OSError:
        return ""


def machine():
    cpu = ""
    for line in sh(["lscpu"]).splitlines():
        if line.startswith("Model name:"):
            cpu = line.split(":", 1)[1].strip()
    osname = platform.platform()
    try:
        with open("/etc/os-release") as f:
            m = re.search(r'^PRETTY_NAME="?([^"\n]*)', f.read(), re.M)
            if m:
                osname = m.group(1)
    except OSError:
        pass
    mem_kb = 0
    try:
        with open("/proc/meminfo") as f:
            mem_kb = int(f.readline().split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return {
        "cpu_model": cpu or platform.processor(),
        "cores": os.cpu_count(),
        "memory_gib": round(mem_kb / 2**20, 1),
        "os": osname,
        "kernel": platform.release(),
        "virtualization": (sh(["systemd-detect-virt"]) or None),
    }


def git_info():
    commit = sh(["git", "-C", ROOT, "rev-parse", "HEAD"])
    dirty = bool(sh(["git", "-C", ROOT, "status", "--porcelain", "--untracked-files=no"]))
    return {"commit": commit or None, "dirty": dirty, "describe": sh(["git", "-C", ROOT, "log", "-1", "--format=%h %s"])}


def gnu_time_figures(path):
    """Peak RSS (KB) and CPU seconds (user + system) from a `/usr/bin/time -v` report."""
    with open(path) as f:
        t = f.read()
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", t)
    u = re.search(r"User time \(seconds\): ([\d.]+)", t)
    s = re.search(r"System time \(seconds\): ([\d.]+)", t)
    cpu = float(u.group(1)) + float(s.group(1)) if u and s else None
    return (int(m.group(1)) if m else None), cpu


def time_cmd(argv, reps, env=None):
    """Runs argv `reps` times; returns wall times, CPU times, peak RSS (max over runs), the last stderr."""
    full_env = dict(os.environ, **(env or {}))
    times, cpus, rss, err = [], [], [], ""
    with tempfile.TemporaryDirectory() as tmp:
        tfile, efile = os.path.join(tmp, "time"), os.path.join(tmp, "err")
        for _ in range(reps):
            with open(efile, "w") as ef:
                t0 = time.perf_counter()
                r = subprocess.run([GNU_TIME, "-v", "-o", tfile] + argv, stdout=subprocess.DEVNULL, stderr=ef, env=full_env)
                times.append(time.perf_counter() - t0)
            with open(efile) as ef:
                err = ef.read()
            if r.returncode != 0:
                raise RuntimeError(f"{' '.join(argv)} exited {r.returncode}: {err[-500:]}")
            r_kb, cpu = gnu_time_figures(tfile)
            rss.append(r_kb)
            cpus.append(cpu)
    return times, cpus, max(x for x in rss if x is not None) if any(rss) else None, err


def hyperfine_times(argv, reps, env=None):
    """Times with hyperfine (no shell; env passed through); None if it fails."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "h.json")
        cmd = " ".join(shlex_quote(a) for a in argv)
        r = subprocess.run(["hyperfine", "-N", "--runs", str(reps), "--warmup", "0", "--export-json", out, "--output", "null", cmd],
                           capture_output=True, text=True, env=dict(os.environ, **(env or {})))
        if r.returncode != 0:
            log(f"hyperfine failed ({r.stderr.strip()[-200:]}); using the built-in timer")
            return None
        with open(out) as f:
            return json.load(f)["results"][0]["times"]


def shlex_quote(s):
    import shlex
    return shlex.quote(s)


def measure(name, argv, size, reps, timer, env=None):
    """Median wall time, MB/s and peak RSS of one command on `size` input bytes."""
    shown = " ".join(f"{k}={v}" for k, v in (env or {}).items()) + (" " if env else "") + " ".join(
        ["whosaid"] + argv[1:] if argv[0].endswith("/whosaid") else argv)
    log(f"{name}: {shown}")
    times = None
    if timer == "hyperfine":
        times = hyperfine_times(argv, reps, env)
        _, cpus, rss, err = time_cmd(argv, 1, env)  # one more run for the peak RSS and CPU time
    if times is None:
        times, cpus, rss, err = time_cmd(argv, reps, env)
    med = statistics.median(times)
    cpu = statistics.median([c for c in cpus if c is not None]) if any(c is not None for c in cpus) else None
    res = {
        "name": name,
        "command": shown,
        "runs_s": [round(t, 4) for t in times],
        "median_s": round(med, 4),
        "mb_per_s": round(size / 1e6 / med, 2),
        "spread_pct": round(100 * (max(times) - min(times)) / med, 1),
        "cpu_s": round(cpu, 3) if cpu is not None else None,
        # /usr/bin/time counts CPU time in 10 ms steps: too coarse for runs shorter than 0.1 s.
        "mb_per_cpu_s": round(size / 1e6 / cpu, 2) if cpu and cpu >= 0.1 else None,
        "peak_rss_kb": rss,
    }
    m = re.search(r"(\d+) articles read, (\d+) written, (\d+) failed", err)
    if m:
        res["articles"] = int(m.group(1))
        res["failed"] = int(m.group(3))
    log(f"  median {med:.3f} s (runs {', '.join(f'{t:.3f}' for t in times)}), {res['mb_per_s']} MB/s, CPU {cpu} s, peak RSS {rss} KB")
    return res


def parallel_ceiling(path, reps, cores, single_s):
    """How far this machine scales: `cores` copies of `wc -w` at once vs one alone (1.0 = no gain, cores = perfect)."""
    env = dict(os.environ, LC_ALL="C.UTF-8")
    walls = []
    for _ in range(reps):
        t0 = time.perf_counter()
        procs = [subprocess.Popen(["wc", "-w", path], stdout=subprocess.DEVNULL, env=env) for _ in range(cores)]
        for p in procs:
            p.wait()
        walls.append(time.perf_counter() - t0)
    med = statistics.median(walls)
    return {"method": f"{cores} concurrent `LC_ALL=C.UTF-8 wc -w` vs one", "concurrent_s": round(med, 4),
            "single_s": single_s, "scaling": round(cores * single_s / med, 3)}


def linear_fit(xs, ys):
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    if n < 2 or sxx == 0:
        return None
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx
    icpt = my - slope * mx
    ss_tot = sum((y - my) ** 2 for y in ys)
    ss_res = sum((y - (icpt + slope * x)) ** 2 for x, y in zip(xs, ys))
    return {"slope_s_per_mb": round(slope, 5), "intercept_s": round(icpt, 4), "r2": round(1 - ss_res / ss_tot, 5) if ss_tot else 1.0}


def fmt(x, nd=1):
    return "—" if x is None else f"{x:,.{nd}f}"


def write_markdown(path, r):
    c = r["corpus"]
    m = r["machine"]
    L = []
    L.append(f"# whosaid benchmark {r['run_id']}")
    L.append("")
    L.append(f"- machine: {m['cpu_model']}, {m['cores']} cores, {m['memory_gib']} GiB, {m['os']} (kernel {m['kernel']}"
             + (f", {m['virtualization']}" if m.get("virtualization") else "") + ")")
    g = r["git"]
    L.append(f"- commit: `{g['commit']}`{' (dirty tree)' if g['dirty'] else ''} — {g['describe']}")
    L.append(f"- toolchain: {r['toolchain']['swift']}")
    L.append(f"- corpus: {c['description']}, {c['bytes'] / 1e6:,.1f} MB, {c['articles']:,} articles")
    L.append(f"- timer: {r['timer']}, {r['reps']} runs per command, median; MB = 10^6 bytes; page cache warm; stdout to /dev/null")
    la = r["load_average"]
    L.append(f"- 1-minute load average: {la['start']} at the start, {la['end']} at the end (anything else running skews the figures; "
             "`spread` is (slowest − fastest run) / median)")
    L.append("")
    L.append("## Throughput on the same input")
    L.append("")
    L.append("| command | median s | spread | MB/s | × wc -w | CPU s | MB per CPU s | peak RSS MB |")
    L.append("|---|---:|---:|---:|---:|---:|---:|---:|")
    wcw = next((x for x in r["results"] if x["name"] == "wc -w"), None)
    for x in r["results"]:
        ratio = x["mb_per_s"] / wcw["mb_per_s"] if wcw else None
        L.append(f"| `{x['command'].replace(c['path'], 'CORPUS')}` | {x['median_s']:.3f} | {x['spread_pct']:.0f}% | {fmt(x['mb_per_s'])} | {fmt(ratio, 2)} | "
                 f"{fmt(x['cpu_s'], 2)} | {fmt(x['mb_per_cpu_s'])} | {fmt((x['peak_rss_kb'] or 0) / 1024)} |")
    L.append("")
    rt = r["ratios"]
    L.append(f"whosaid speed-up, all cores over 1 job: **{rt['whosaid_all_over_1job']:.2f}×** on {m['cores']} cores "
             f"(this machine's own ceiling, {r['parallel_ceiling']['method']}: {r['parallel_ceiling']['scaling']:.2f}×). "
             f"whosaid --jobs 1 runs at {rt['whosaid_1job_over_wc_w']:.2f}× `wc -w`, {rt['whosaid_1job_over_wc_l']:.4f}× `wc -l`, "
             f"{rt['whosaid_1job_over_cat']:.4f}× `cat`.")
    st = r.get("stages")
    if st:
        L.append("")
        L.append(f"## Where whosaid's time goes (`whosaid bench --jobs 1`: {st['mb_per_s']:.1f} MB/s, "
                 f"{st['articles_per_s']:,.0f} articles/s, {st['attributions_per_s']:,.0f} attributions/s)")
        L.append("")
        L.append("| stage | seconds | share |")
        L.append("|---|---:|---:|")
        for name, v in st["stages"].items():
            L.append(f"| {name} | {v['seconds']:.3f} | {100 * v['share']:.1f}% |")
    s = r.get("sweep")
    if s:
        L.append("")
        L.append(f"## Size sweep (whosaid {s['command_args']}, input made by repeating the corpus)")
        L.append("")
        L.append("| size MB | median s | spread | MB/s | CPU s | MB per CPU s | peak RSS MB |")
        L.append("|---:|---:|---:|---:|---:|---:|---:|")
        for p in s["points"]:
            L.append(f"| {p['bytes'] / 1e6:,.1f} | {p['median_s']:.3f} | {p['spread_pct']:.0f}% | {fmt(p['mb_per_s'])} | {fmt(p['cpu_s'], 2)} | "
                     f"{fmt(p['mb_per_cpu_s'])} | {fmt((p['peak_rss_kb'] or 0) / 1024)} |")
        f, fc = s.get("fit"), s.get("fit_cpu")
        if f:
            L.append("")
            L.append(f"Least-squares fit, wall: time = {f['intercept_s']} s + {f['slope_s_per_mb']} s/MB × size, R² = {f['r2']}"
                     + (f"; CPU: {fc['intercept_s']} s + {fc['slope_s_per_mb']} s/MB × size, R² = {fc['r2']}" if fc else "")
                     + f". From the smallest to the largest size MB/s changes by {s['mbps_change_pct']:+.1f}%, "
                     f"MB per CPU s by {s.get('mb_per_cpu_change_pct', float('nan')):+.1f}%, peak RSS by {s['rss_change_pct']:+.1f}%.")
    p = r.get("peers")
    if p:
        L.append("")
        L.append("## Peers on a sample")
        L.append("")
        if p.get("error"):
            L.append(f"Not measured: {p['error']}")
        else:
            L.append(f"Sample: {p['sample_articles']} articles, {p['sample_bytes'] / 1e3:,.1f} KB of text "
                     f"({p['sample_file_bytes'] / 1e3:,.1f} KB of JSONL), picked evenly over the base corpus. "
                     f"Peers: one process, spaCy `{p.get('model')}` (pipeline {', '.join(p.get('pipeline') or [])}), one run each; "
                     "KB/s over text bytes, processing only (model load shown apart). whosaid: median of "
                     f"{r['reps']} runs of the whole process (start-up included), and the best of {r['reps']} "
                     "`whosaid bench` runs (the pipeline only, as the peers' figure leaves out loading), same text bytes.")
            L.append("")
            L.append("| extractor | quotes found | load s | process s | KB/s | whosaid × faster (whole process) | whosaid × faster (no start-up) |")
            L.append("|---|---:|---:|---:|---:|---:|---:|")
            for x in p["extractors"]:
                L.append(f"| {x['name']} | {x.get('quotes', '—')} | {fmt(x.get('load_s'), 2)} | {fmt(x.get('process_s'), 3)} | {fmt(x['kb_per_s'])} | "
                         f"{fmt(x.get('whosaid_speedup'), 0)} | {fmt(x.get('whosaid_speedup_no_startup'), 0)} |")
    L.append("")
    with open(path, "w") as f:
        f.write("\n".join(L))


def count_lines(path):
    n = 0
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            n += chunk.count(b"\n")
    return n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--corpus-desc", required=True)
    ap.add_argument("--base", required=True, help="the unrepeated corpus, for the sweep and the peer sample")
    ap.add_argument("--sizes", default="")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--results", required=True)
    ap.add_argument("--run-id", required=True)
    ap.add_argument("--peers-python", help="python of the peers venv; omit to skip peers")
    ap.add_argument("--peers-error", help="why peers could not run")
    ap.add_argument("--peer-articles", type=int, default=300)
    ap.add_argument("--keep-data", action="store_true")
    a = ap.parse_args()

    timer = "hyperfine" if shutil.which("hyperfine") and not os.environ.get("BENCH_NO_HYPERFINE") else "python (benchmarks/lib/suite.py)"
    size = os.path.getsize(a.corpus)
    cores = os.cpu_count()
    whosaid = a.bin
    report = {
        "run_id": a.run_id,
        "date_utc": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "machine": machine(),
        "git": git_info(),
        "toolchain": {"swift": sh(["swift", "--version"]).splitlines()[0] if sh(["swift", "--version"]) else None,
                      "python": platform.python_version(),
                      "coreutils": sh(["cat", "--version"]).splitlines()[0]},
        "timer": timer,
        "reps": a.reps,
        "units": {"MB": "10^6 bytes", "KB": "10^3 bytes", "time": "seconds, wall", "rss": "KB (kibibytes, as /usr/bin/time reports)"},
        "corpus": {"path": a.corpus, "description": a.corpus_desc, "bytes": size, "articles": count_lines(a.corpus)},
    }

    load_start = round(os.getloadavg()[0], 2)
    if load_start > 0.5:
        log(f"warning: the 1-minute load average is {load_start} before the first run: something else is using the CPUs, "
            "so wall times (the all-cores run above all) will be low; CPU-second figures are less affected")
    # Warm the page cache so every command reads from memory.
    subprocess.run(["cat", a.corpus], stdout=subprocess.DEVNULL)
    cmds = [
        ("cat", ["cat", a.corpus], None),
        ("wc -l", ["wc", "-l", a.corpus], None),
        ("wc -w", ["wc", "-w", a.corpus], {"LC_ALL": "C.UTF-8"}),
        ("whosaid --jobs 1", [whosaid, "--jobs", "1", a.corpus], None),
        (f"whosaid (all {cores} cores)", [whosaid, a.corpus], None),
    ]
    results = [measure(n, argv, size, a.reps, timer, env) for n, argv, env in cmds]
    report["results"] = results
    by = {x["name"]: x for x in results}
    w1, wall = by["whosaid --jobs 1"], by[f"whosaid (all {cores} cores)"]
    report["ratios"] = {
        "whosaid_1job_over_wc_w": round(w1["mb_per_s"] / by["wc -w"]["mb_per_s"], 3),
        "whosaid_all_over_wc_w": round(wall["mb_per_s"] / by["wc -w"]["mb_per_s"], 3),
        "whosaid_1job_over_wc_l": round(w1["mb_per_s"] / by["wc -l"]["mb_per_s"], 5),
        "whosaid_1job_over_cat": round(w1["mb_per_s"] / by["cat"]["mb_per_s"], 5),
        "whosaid_all_over_1job": round(wall["mb_per_s"] / w1["mb_per_s"], 3),
    }

    # Where whosaid's own time goes, stage by stage (`whosaid bench`, one job).
    try:
        report["stages"] = json.loads(sh([whosaid, "bench", "--jobs", "1", "--json", "-q", a.corpus]))
    except Exception as e:  # an older binary without `bench`
        log(f"whosaid bench failed: {e}")

    report["parallel_ceiling"] = parallel_ceiling(a.corpus, a.reps, cores, by["wc -w"]["median_s"])
    log(f"parallel ceiling: {report['parallel_ceiling']['scaling']}x on {cores} cores")

    # Size sweep: whosaid with all cores on the base corpus fitted to each size.
    sizes = [float(s) for s in a.sizes.split(",") if s.strip()]
    if sizes:
        points = []
        for mb in sizes:
            path = os.path.join(a.workdir, f"sweep-{mb:g}MB.jsonl")
            subprocess.run([sys.executable, os.path.join(HERE, "fit.py"), a.base, path, "--mb", str(mb)], check=True)
            subprocess.run(["cat", path], stdout=subprocess.DEVNULL)
            nbytes = os.path.getsize(path)
            p = measure(f"sweep {mb:g} MB", [whosaid, path], nbytes, a.reps, timer)
            p["size_mb"] = mb
            p["bytes"] = nbytes
            points.append(p)
            if not a.keep_data:
                os.remove(path)
        sweep = {"command_args": "(all cores)", "points": points}
        if len(points) >= 2:
            sweep["fit"] = linear_fit([p["bytes"] / 1e6 for p in points], [p["median_s"] for p in points])
            if all(p["cpu_s"] for p in points):
                sweep["fit_cpu"] = linear_fit([p["bytes"] / 1e6 for p in points], [p["cpu_s"] for p in points])
                sweep["mb_per_cpu_change_pct"] = round(100 * (points[-1]["mb_per_cpu_s"] / points[0]["mb_per_cpu_s"] - 1), 1)
            sweep["mbps_change_pct"] = round(100 * (points[-1]["mb_per_s"] / points[0]["mb_per_s"] - 1), 1)
            sweep["rss_change_pct"] = round(100 * (points[-1]["peak_rss_kb"] / points[0]["peak_rss_kb"] - 1), 1)
        report["sweep"] = sweep

    # Peers on a small even sample of the base corpus.
    if a.peers_python or a.peers_error:
        report["peers"] = peers(a, whosaid, timer)

    report["load_average"] = {"start": load_start, "end": round(os.getloadavg()[0], 2)}
    os.makedirs(a.results, exist_ok=True)
    jpath = os.path.join(a.results, f"{a.run_id}.json")
    mpath = os.path.join(a.results, f"{a.run_id}.md")
    with open(jpath, "w") as f:
        json.dump(report, f, indent=2)
        f.write("\n")
    write_markdown(mpath, report)
    log(f"wrote {os.path.relpath(mpath)} and {os.path.relpath(jpath)}")
    with open(mpath) as f:
        print(f.read())


def peers(a, whosaid, timer):
    if a.peers_error:
        return {"error": a.peers_error}
    sample = os.path.join(a.workdir, "peers-sample.jsonl")
    subprocess.run([sys.executable, os.path.join(HERE, "fit.py"), a.base, sample, "--articles", str(a.peer_articles)], check=True)
    text_bytes = 0
    n = 0
    with open(sample, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                text_bytes += len((json.loads(line).get("text") or "").encode("utf-8"))
                n += 1
    out = {"sample_articles": n, "sample_bytes": text_bytes, "sample_file_bytes": os.path.getsize(sample), "extractors": []}
    w = measure("whosaid --jobs 1 (sample)", [whosaid, "--jobs", "1", sample], text_bytes, a.reps, timer)
    wq = sh([whosaid, "--jobs", "1", "-q", "--per-quote", sample]).count("\n") + 1
    wk = round(text_bytes / 1e3 / w["median_s"], 1)
    out["extractors"].append({"name": "whosaid --jobs 1 (whole process)", "process_s": w["median_s"], "kb_per_s": wk,
                              "quotes": wq, "peak_rss_kb": w["peak_rss_kb"]})
    # The peers' KB/s leave out loading their model; the like figure for whosaid leaves out
    # its start-up (profiles): `whosaid bench` times the pipeline only. Best of the runs.
    steady = []
    for _ in range(max(1, a.reps)):
        try:
            steady.append(json.loads(sh([whosaid, "bench", "--jobs", "1", "--json", "-q", sample]))["seconds"])
        except Exception as e:
            log(f"whosaid bench on the sample failed: {e}")
    if steady:
        ws = min(steady)
        out["extractors"].append({"name": "whosaid --jobs 1 (extraction, no start-up: whosaid bench)", "process_s": round(ws, 4),
                                  "kb_per_s": round(text_bytes / 1e3 / ws, 1), "quotes": wq})
        wk_steady = text_bytes / 1e3 / ws
    else:
        wk_steady = None
    for name, script in (("textacy direct_quotations", "textacy_quotes.py"), ("GGT-style rules", "ggt_style.py")):
        stats_path = os.path.join(a.workdir, f"{script}.stats.json")
        argv = [a.peers_python, os.path.join(BENCH, "peers", script), sample, os.path.join(a.workdir, f"{script}.out.jsonl"), "--stats", stats_path]
        log(f"peer {name}: {' '.join(argv)}")
        t0 = time.perf_counter()
        r = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                           env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1"))  # no __pycache__ in the repo
        wall = time.perf_counter() - t0
        if r.returncode != 0:
            out["extractors"].append({"name": name, "error": r.stderr.strip()[-500:], "kb_per_s": None})
            log(f"  failed: {r.stderr.strip()[-300:]}")
            continue
        with open(stats_path) as f:
            st = json.load(f)
        kb = round(st["text_bytes"] / 1e3 / st["process_s"], 2)
        out["model"], out["pipeline"], out["spacy"] = st["model"], st["pipeline"], st["spacy"]
        out["extractors"].append({"name": name, "quotes": st["quotes"], "failed_articles": st["failed_articles"],
                                  "load_s": st["load_s"], "process_s": st["process_s"], "wall_s": round(wall, 3),
                                  "kb_per_s": kb, "whosaid_speedup": round(wk / kb, 1),
                                  "whosaid_speedup_no_startup": round(wk_steady / kb, 1) if wk_steady else None})
        log(f"  {kb} KB/s (load {st['load_s']} s, process {st['process_s']} s)")
    if not a.keep_data:
        os.remove(sample)
    return out


if __name__ == "__main__":
    main()
