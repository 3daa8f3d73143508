"""The embedding benchmark's samples and arithmetic (`benchmarks/embedding_speed.py`)."""

from benchmarks.embedding_speed import full_batches, percentile, practice_texts, sample_queries


def test_the_samples_are_the_development_queries_and_the_demo_practices_in_three_languages():
    queries = sample_queries()
    assert len(queries) == 174 and {language for language, _ in queries} == {"en", "fr", "es"}
    texts = practice_texts()
    assert len(texts) == 23 and all(". " in text for text in texts)  # title. summary


def test_batches_are_full_and_at_least_three_whatever_the_number_of_texts():
    for count in (1, 5, 23, 100):
        batches, size = full_batches([f"text {number}" for number in range(count)], 32)
        assert size == 32 and len(batches) >= 3 and all(len(batch) == 32 for batch in batches)


def test_the_percentile_is_the_nearest_rank():
    values = list(range(1, 101))
    assert percentile(values, 0.95) == 95 and percentile(values, 0.5) == 50 and percentile([7], 0.95) == 7
