"""Queries that only hybrid search can answer over the `exchange` fixture: they share no word with their practice.

Shared by the tests of each engine's hybrid search (test_hybrid_paraphrases.py for both,
test_database_hybrid.py and test_elastic_hybrid.py for each one's own).
"""

# A paraphrase in each language: (query, key of the `exchange` practice it describes).
PARAPHRASES = {
    "en": ("paying fees by phone", "cashless"),  # "Cashless duties at land frontier stations"
    "fr": ("payer sans espèces", "cashless"),
    "es": ("cambiar de destino a los empleados cada pocos años", "rotation"),  # "Rotation of officers at border posts"
}
ROTATION_PARAPHRASE, _ = PARAPHRASES["es"]
FRENCH_PARAPHRASE, _ = PARAPHRASES["fr"]
RESTRICTED_PARAPHRASE = "undercover checks of employee honesty"  # of the coordinators-only integrity testing
