"""A small practice exchange for the search contract tests, run against every engine.

`engine` is the engine module under test (`search.practices.database`, or
`search.practices.elastic` when Elasticsearch is reachable); every engine
module answers `search`, `complete`, `refresh_practice` and `rebuild` alike.
Practices reach the engines the way they do on the site: through the
indexing hooks, which run once the transaction commits; `indexing()` makes
the block's commit happen inside the test's own transaction.
"""

import importlib
from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from accounts.factories import PartnerAdministrationFactory, RegionFactory, UserFactory, add_to_role
from accounts.roles import LEARNERS
from knowledgebase.factories import PracticePageFactory, make_coordinator
from search.factories import SearchConceptFactory
from tests.knowledgebase import conftest as knowledgebase_fixtures

# The knowledge base's site, practice index and fresh cache, shared rather than copied.
_fresh_cache = knowledgebase_fixtures._fresh_cache
home = knowledgebase_fixtures.home
practice_index = knowledgebase_fixtures.practice_index

ENGINE_MODULES = {"database": "search.practices.database", "elasticsearch": "search.practices.elastic"}


@pytest.fixture(autouse=True)
def _no_seeded_concepts(request):
    """Each test starts with no concepts and makes those it needs (`SearchConceptFactory`), whatever the seed file says.

    Ordered before `engine` and the practices (autouse fixtures come first), so nothing is indexed with the seed's.
    """
    if not {"db", "transactional_db"} & set(request.fixturenames):
        return
    request.getfixturevalue("db" if "db" in request.fixturenames else "transactional_db")
    from search.models import SearchConcept
    from search.vocabulary import concepts_changed

    SearchConcept.objects.all().delete()
    concepts_changed()


@pytest.fixture(
    params=[
        pytest.param("database", id="database"),
        pytest.param("elasticsearch", id="elasticsearch", marks=pytest.mark.elasticsearch),
    ]
)
def engine(request, db):
    module = importlib.import_module(ENGINE_MODULES[request.param])
    module.rebuild()  # start from what the database holds now: nothing the previous test left
    return module


@pytest.fixture
def indexing(django_capture_on_commit_callbacks):
    """`with indexing(): ...` runs the indexing hooks the block triggers, as its commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def anonymous():
    return AnonymousUser()


@pytest.fixture
def learner(db):
    return add_to_role(UserFactory(email="learner@customs.example"), LEARNERS)


@pytest.fixture
def coordinator(db):
    return make_coordinator(email="ingrid@customs.example")


@pytest.fixture
def exchange(practice_index, indexing):
    """Six practices in three languages and two regions; one coordinators-only, one draft; three concepts."""
    europe = RegionFactory(code="EUR")
    west_africa = RegionFactory(code="WCA")
    norvania = PartnerAdministrationFactory(name="Norvania Customs", region=europe)
    kandare = PartnerAdministrationFactory(name="Douanes du Kandaré", region=west_africa)
    now = timezone.now()

    def practice(days_ago, **fields):
        published = now - timedelta(days=days_ago)
        return PracticePageFactory(parent=practice_index, first_published_at=published, **fields)

    SearchConceptFactory(key="bribery", en=["bribery", "kickback", "corruption"], fr=["corruption"], es=["soborno"])
    SearchConceptFactory(key="whistleblowing", en=["whistleblower", "hotline"], fr=["ligne d'alerte"], es=["denuncia"])
    SearchConceptFactory(key="e-payment", en=["electronic payment", "mobile money"], fr=["paiement électronique"])
    with indexing():
        practices = {
            "rotation": practice(
                5,
                title="Rotation of officers at border posts",
                summary="Officers move to another post every three years.",
                problem="<p>Officers stayed too long at the same crossing.</p>",
                actions="<p>A published calendar plans each rotation a year ahead.</p>",
                results="<p>Complaints about transfers fell.</p>",
                lessons_learned="<p>Explain the plan early.</p>",
                administration=norvania,
                year=2019,
                key_factors=[8, 1],
                tags=["staff rotation", "border posts"],
            ),
            "declaration": practice(
                4,
                title="Déclaration de patrimoine des agents",
                summary="Chaque agent déclare ses biens à son entrée en fonction.",
                problem="<p>Les enrichissements suspects passaient inaperçus.</p>",
                actions="<p>Un formulaire annuel est vérifié par l'inspection.</p>",
                results="<p>Douze enquêtes ouvertes.</p>",
                lessons_learned="<p>La vérification compte plus que le formulaire.</p>",
                language="fr",
                administration=kandare,
                year=2021,
                key_factors=[7],
                tags=["asset declaration"],
            ),
            "hotline": practice(
                3,
                title="A hotline traders trust",
                summary="Traders report kickback demands by telephone, anonymously.",
                problem="<p>Nobody reported demands for money at the counter.</p>",
                actions="<p>An outside firm answers the line day and night.</p>",
                results="<p>Reports tripled in a year.</p>",
                lessons_learned="<p>Anonymity matters most.</p>",
                administration=kandare,
                year=2020,
                key_factors=[6, 10],
                tags=["reporting"],
            ),
            "cashless": practice(
                2,
                title="Cashless duties at land frontier stations",
                summary="Traders settle duties with mobile money instead of banknotes.",
                problem="<p>Banknotes changed hands at the counter.</p>",
                actions="<p>Mobile wallets were connected to the treasury.</p>",
                results="<p>No banknotes at the counter since 2022.</p>",
                lessons_learned="<p>Small traders need a help desk.</p>",
                administration=norvania,
                year=2021,
                key_factors=[4],
                tags=["mobile money"],
            ),
            "restricted": practice(
                1,
                title="Polygraph-free integrity testing of frontline officers",
                summary="Simulated bribe offers test officers at the frontline.",
                problem="<p>Corrupt officers were rarely caught.</p>",
                actions="<p>Testers posed as travellers.</p>",
                results="<p>Three dismissals.</p>",
                lessons_learned="<p>Keep tests confidential.</p>",
                administration=norvania,
                year=2022,
                key_factors=[6],
                tags=["integrity testing"],
                coordinators_only=True,
            ),
            "draft": practice(
                0,
                title="Lifestyle audits draft",
                summary="Officers living beyond their means are audited.",
                administration=norvania,
                year=2023,
                key_factors=[6],
                tags=["lifestyle audit"],
                live=False,
            ),
        }
    return practices
