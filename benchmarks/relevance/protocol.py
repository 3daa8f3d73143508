"""The evaluation protocol for practice search relevance: folds, means per kind, choosing by cross-validation.

Pure functions over per-query scores ({query id: nDCG@10}); no Django, no
engine. `benchmarks/search_relevance.py` measures, this module decides what
the measurements say:

- the development set is split into `FOLDS` folds, stratified by kind of query
  and shuffled with a fixed seed, so every fold holds its share of each kind
  and the same file always gives the same folds;
- an engine's figure is the mean nDCG@10 on each held-out fold, the mean over
  the folds and their spread (sample standard deviation, min and max);
- choosing between ranking configurations ("candidates") is itself
  cross-validated: for each fold, the candidate with the best mean on the other
  folds is chosen and scored on the fold it never saw. The mean of those
  held-out scores is the figure a ranking decision is judged by; the public 29
  are reported beside it, never instead of it.
"""

import random
import statistics
from dataclasses import dataclass

FOLDS = 5
FOLD_SEED = 17  # issue 17; changing it changes every fold, so it never changes
KINDS = ("keyword", "natural", "cross_language", "paraphrase", "misspelling", "concept", "acronym", "filtered")
MINIMUM_PER_KIND = {"cross_language": 20, "paraphrase": 20, "misspelling": 15, "concept": 15, "acronym": 15}
MINIMUM_QUERIES = 150
UNLABELLED = "unlabelled"  # a query file without kinds (such as the public file) is one stratum


def kind_of(query):
    return query.get("kind", UNLABELLED)


def assign_folds(queries, folds=FOLDS, seed=FOLD_SEED):
    """{query id: fold number 0..folds-1}, stratified by kind and deterministic.

    Within each kind the ids are sorted, shuffled with a generator seeded by
    `seed` and the kind's name, then dealt round-robin. The deal carries on
    from kind to kind, so folds differ in size by at most one query overall.
    """
    by_kind = {}
    for query in queries:
        by_kind.setdefault(kind_of(query), []).append(query["id"])
    assignment = {}
    position = 0
    for kind in sorted(by_kind):
        ids = sorted(by_kind[kind])
        random.Random(f"{seed}:{kind}").shuffle(ids)
        for query_id in ids:
            assignment[query_id] = position % folds
            position += 1
    return assignment


def mean(values):
    values = list(values)
    return sum(values) / len(values) if values else 0.0


def mean_over(scores, query_ids):
    """Mean of `scores` ({query id: value}) over `query_ids`."""
    return mean(scores[query_id] for query_id in query_ids)


def per_kind_means(scores, kinds):
    """{kind: mean score} for `scores` ({query id: value}) and `kinds` ({query id: kind}), in KINDS order."""
    grouped = {}
    for query_id, score in scores.items():
        grouped.setdefault(kinds[query_id], []).append(score)
    order = [kind for kind in KINDS if kind in grouped] + sorted(set(grouped) - set(KINDS))
    return {kind: mean(grouped[kind]) for kind in order}


def fold_members(assignment, folds=FOLDS):
    """[ids of fold 0, ids of fold 1, ...] from an assignment {query id: fold}."""
    members = [[] for _ in range(folds)]
    for query_id, fold in sorted(assignment.items()):
        members[fold].append(query_id)
    return members


@dataclass(frozen=True)
class Spread:
    """Per-fold means of one engine (or one choice procedure), their mean and how far they scatter."""

    per_fold: tuple
    mean: float
    stdev: float
    low: float
    high: float

    @classmethod
    def of(cls, per_fold):
        per_fold = tuple(per_fold)
        stdev = statistics.stdev(per_fold) if len(per_fold) > 1 else 0.0
        return cls(per_fold, mean(per_fold), stdev, min(per_fold), max(per_fold))


def cross_validated(scores, assignment, folds=FOLDS, only=None):
    """The held-out fold means of one configuration's `scores`, optionally restricted to the ids in `only`.

    Restricting to one kind keeps the folds of the whole set (the folds are
    stratified, so each holds its share of the kind); a fold without any query
    of the kind is left out rather than counted as 0.
    """
    per_fold = []
    for members in fold_members(assignment, folds):
        ids = [query_id for query_id in members if only is None or query_id in only]
        if ids:
            per_fold.append(mean_over(scores, ids))
    return Spread.of(per_fold)


@dataclass(frozen=True)
class FoldChoice:
    fold: int
    chosen: str
    training_mean: float  # the chosen candidate's mean on the other folds
    held_out_mean: float  # its mean on this fold, which played no part in choosing it


def choose_by_cross_validation(candidate_scores, assignment, folds=FOLDS):
    """For each fold, the candidate with the best mean on the other folds, scored on the held-out fold.

    `candidate_scores` is {candidate name: {query id: score}}, in the order of
    preference: a tie goes to the earlier candidate (the registry lists the
    current configuration first, so a change must do strictly better).
    """
    members = fold_members(assignment, folds)
    choices = []
    for fold, held_out in enumerate(members):
        training = [query_id for other, ids in enumerate(members) if other != fold for query_id in ids]
        best_name, best_mean = None, None
        for name, scores in candidate_scores.items():
            training_mean = mean_over(scores, training)
            if best_mean is None or training_mean > best_mean:
                best_name, best_mean = name, training_mean
        choices.append(FoldChoice(fold, best_name, best_mean, mean_over(candidate_scores[best_name], held_out)))
    return choices


def chosen_spread(choices):
    """The cross-validated figure of a choice procedure: its held-out fold means, their mean and spread."""
    return Spread.of(choice.held_out_mean for choice in choices)
