"""The guide's fifth and sixth chapters in French: action planning, monitoring and evaluation.

Same keys and the same blocks, paragraphs, list items and table rows as
`guide_en`, so wagtail-localize can pair each French segment with its source.
"""

from ..streams import action_plan, checklist, rich_text

ACTION_PLANNING_CHAPTER_FR = {
    "title": "Le plan d'action",
    "slug": "plan-d-action",
    "introduction": (
        "Transformer l'évaluation en un plan que chacun s'approprie, avec des échéances et des indicateurs."
    ),
    "body": [],
    "sections": {
        "priorities": {
            "title": "Des constats aux priorités",
            "slug": "des-constats-aux-priorites",
            "introduction": "On ne peut pas tout faire à la fois : choisissez ce qui changera le plus les choses.",
            "body": [
                rich_text("""
                    <h2>Critères de choix</h2>
                    <ul>
                    <li><b>Le risque</b> : le tort que la faiblesse cause aux recettes, au commerce et à la
                    confiance.</li>
                    <li><b>La faisabilité</b> : l'administration maîtrise-t-elle le changement, ou
                    a-t-elle besoin d'autres acteurs, comme le ministère ou le parlement ?</li>
                    <li><b>La visibilité</b> : le personnel et les opérateurs remarqueront-ils le
                    changement, ce qui renforce la confiance dans le programme ?</li>
                    <li><b>Les dépendances</b> : l'action en rend-elle d'autres possibles ?</li>
                    </ul>
                    <h2>Équilibrer gains rapides et réformes de fond</h2>
                    <p>Un bon plan associe quelques mesures capables de donner des résultats en quelques
                    mois, comme la publication de normes de service ou l'ouverture d'un canal de plainte,
                    à des réformes de fond qui prennent des années, comme la refonte des rémunérations et
                    des carrières ou l'automatisation des procédures. Les gains rapides donnent la
                    crédibilité dont les réformes longues ont besoin.</p>
                    <h2>Décider ensemble</h2>
                    <p>Choisissez les priorités avec les responsables qui les mettront en œuvre. Un chef
                    de service qui a contribué à classer les faiblesses défendra le plan qui en découle ;
                    celui qui reçoit une liste de tâches de l'administration centrale trouvera plus
                    facilement des raisons de tarder. Notez pourquoi chaque priorité a été retenue, afin de
                    pouvoir expliquer ce choix au personnel et de le revoir si les circonstances
                    changent.</p>
                """),
            ],
        },
        "writing-plan": {
            "title": "Rédiger le plan d'action",
            "slug": "rediger-le-plan-d-action",
            "introduction": "Un tableau lisible par tous : objectif, actions, responsable, délai, indicateur.",
            "body": [
                rich_text("""
                    <h2>Une ligne par objectif</h2>
                    <p>Chaque ligne du plan énonce un objectif tiré de l'évaluation, les actions concrètes
                    qui permettront de l'atteindre, le service ou la personne responsable, le délai et
                    l'indicateur qui montrera la réussite. Nommez une personne, pas seulement un service :
                    les plans dont personne n'est responsable ne sont pas exécutés.</p>
                    <h2>Un exemple</h2>
                    <p>Le tableau ci-dessous montre le type de lignes qu'une administration pourrait
                    écrire après avoir constaté que les agents choisissent les envois qu'ils contrôlent et
                    que les opérateurs ne savent pas comment porter plainte.</p>
                """),
                action_plan(
                    "Exemple : extrait d'un plan d'action pour l'intégrité",
                    [
                        (
                            "Supprimer le pouvoir des agents de choisir les envois à contrôler",
                            "Sélectionner toutes les visites par le système de gestion des risques ; exiger un "
                            "motif écrit et enregistré pour toute dérogation ; examiner les dérogations chaque "
                            "mois.",
                            "Directeur de la gestion des risques",
                            "Dans les 12 mois",
                            "Part des visites sélectionnées par le système ; nombre de dérogations par mois",
                        ),
                        (
                            "Offrir aux opérateurs un moyen sûr de signaler les abus",
                            "Ouvrir une ligne téléphonique et un formulaire en ligne gérés hors des services "
                            "opérationnels ; publier le traitement des plaintes et la protection des plaignants.",
                            "Coordonnateur de l'intégrité",
                            "Dans les 6 mois",
                            "Plaintes reçues et traitées ; opérateurs connaissant le canal (enquête)",
                        ),
                        (
                            "Réduire la durée passée par les agents au même poste sensible",
                            "Adopter une politique de rotation des postes sensibles avec une durée maximale, "
                            "appliquée en toute transparence et planifiée un an à l'avance.",
                            "Directeur des ressources humaines",
                            "Politique dans 6 mois ; premières rotations dans 12",
                            "Part des postes sensibles occupés au-delà de la durée maximale",
                        ),
                    ],
                ),
            ],
        },
        "resourcing": {
            "title": "Financer et ordonner les réformes",
            "slug": "financer-et-ordonner-les-reformes",
            "introduction": "Les réformes ont besoin d'argent, de personnes et du bon ordre.",
            "body": [
                rich_text("""
                    <h2>Chiffrer le plan</h2>
                    <p>Estimez ce dont chaque action a besoin : temps de travail, formation, équipements,
                    systèmes et expertise extérieure. Les actions sans ressources doivent être financées
                    ou retirées ; les laisser dans le plan ne fait qu'entamer sa crédibilité.</p>
                    <h2>Ordonner avec soin</h2>
                    <p>Certaines réformes ne fonctionnent qu'après d'autres. La rotation exige assez
                    d'agents formés pour tourner ; l'automatisation exige des procédures simplifiées ; les
                    sanctions exigent un code de conduite que le personnel connaît. Dessinez les
                    dépendances avant de fixer les dates.</p>
                    <h2>Associer tôt les partenaires du développement</h2>
                    <p>Les partenaires qui soutiennent la réforme douanière peuvent souvent financer une
                    partie du plan. Leur communiquer l'évaluation, et montrer comment le plan y répond,
                    facilite ce soutien et évite les projets en double.</p>
                    <h2>Protéger le plan des changements de personnes</h2>
                    <p>Les hauts responsables changent de poste, et les réformes qui reposent sur une
                    seule personne s'arrêtent quand elle part. Inscrivez les responsabilités dans les
                    fiches de poste et les objectifs annuels des services, et pas seulement dans le plan,
                    et présentez à chaque nouveau responsable les actions qui lui reviennent.</p>
                """),
            ],
        },
    },
}

MONITORING_CHAPTER_FR = {
    "title": "Suivi et évaluation",
    "slug": "suivi-et-evaluation",
    "introduction": (
        "Vérifier les progrès, en rendre compte ouvertement et apprendre si les réformes ont changé quelque chose."
    ),
    "body": [],
    "sections": {
        "indicators": {
            "title": "Indicateurs et sources de données",
            "slug": "indicateurs-et-sources-de-donnees",
            "introduction": (
                "Un petit nombre d'indicateurs que l'on peut recueillir de façon fiable, année après année."
            ),
            "body": [
                rich_text("""
                    <h2>Trois types d'indicateurs</h2>
                    <ul>
                    <li><b>Activité</b> : l'action a-t-elle été menée ? Par exemple, la politique de
                    rotation a été adoptée.</li>
                    <li><b>Résultat</b> : qu'a-t-elle produit ? Par exemple, la part des postes sensibles
                    ayant fait l'objet d'une rotation dans les délais.</li>
                    <li><b>Effet</b> : l'intégrité s'est-elle améliorée ? Par exemple, moins d'opérateurs
                    déclarent qu'on leur a demandé de payer.</li>
                    </ul>
                    <h2>Utiliser les données existantes</h2>
                    <p>Les systèmes douaniers enregistrent beaucoup de choses : sélections, dérogations,
                    délais de dédouanement, paiements, plaintes. Les indicateurs tirés de ces
                    enregistrements coûtent moins cher et sont plus fiables que de nouvelles enquêtes.
                    Complétez-les par une enquête de perception répétée tous les deux ou trois ans.</p>
                    <h2>Fixer une situation de départ</h2>
                    <p>Mesurez chaque indicateur avant le début de la réforme. Sans situation de départ,
                    personne ne pourra dire ensuite si les choses se sont améliorées.</p>
                    <h2>Surveiller les effets pervers</h2>
                    <p>Les indicateurs changent les comportements. Si les agents ne sont jugés que sur les
                    délais de dédouanement, ils peuvent cesser de contrôler les envois à risque ; si les
                    services sont jugés sur le nombre d'affaires disciplinaires, ils peuvent poursuivre des
                    broutilles. Associez à chaque indicateur un autre qui révélerait une telle distorsion,
                    et discutez des résultats surprenants avant de conclure.</p>
                """),
            ],
        },
        "reporting": {
            "title": "Rendre compte et faire le point",
            "slug": "rendre-compte-et-faire-le-point",
            "introduction": (
                "Des rapports réguliers à la direction, au personnel et au public font vivre le programme."
            ),
            "body": [
                rich_text("""
                    <h2>Un calendrier de compte rendu</h2>
                    <p>Le coordonnateur de l'intégrité rend compte chaque trimestre au comité de pilotage
                    de l'avancement du plan d'action, avec les indicateurs et une brève explication des
                    retards. Une fois par an, le comité examine l'ensemble du plan et l'ajuste.</p>
                    <h2>Rendre compte au personnel et au public</h2>
                    <p>Un court rapport annuel sur l'intégrité, publié sur le site web de
                    l'administration, montre aux opérateurs et aux citoyens que l'engagement est réel.
                    Rendre compte honnêtement de ce qui n'a pas fonctionné fait partie de cette
                    crédibilité.</p>
                """),
                checklist(
                    "Le suivi fonctionne-t-il ?",
                    [
                        (
                            "Chaque action du plan fait-elle l'objet d'un compte rendu au moins chaque trimestre ?",
                            "Les rapports d'avancement trimestriels.",
                        ),
                        (
                            "Chaque indicateur a-t-il une situation de départ et une cible ?",
                            "Le tableau des indicateurs du plan.",
                        ),
                        (
                            "Le comité de pilotage a-t-il modifié le plan à la suite d'un rapport ?",
                            "Les procès-verbaux de ses réunions.",
                        ),
                    ],
                ),
            ],
        },
        "evaluation": {
            "title": "Évaluer l'impact et renouveler la stratégie",
            "slug": "evaluer-l-impact-et-renouveler-la-strategie",
            "introduction": (
                "Tous les quelques années, prenez du recul : la stratégie a-t-elle changé les comportements, "
                "et quelle est la suite ?"
            ),
            "body": [
                rich_text("""
                    <h2>Un regard indépendant</h2>
                    <p>À la fin de la période couverte par la stratégie, demandez à quelqu'un d'extérieur
                    au programme, comme l'audit interne, l'institution supérieure de contrôle ou une
                    administration homologue, de l'évaluer. L'évaluation compare les indicateurs d'effet
                    à la situation de départ et demande au personnel et aux opérateurs s'ils voient une
                    différence.</p>
                    <h2>Recommencer le cycle</h2>
                    <p>L'évaluation nourrit l'évaluation suivante. Les facteurs clés qui se sont améliorés
                    peuvent être suivis plus légèrement ; de nouveaux risques, comme ceux que créent les
                    nouvelles technologies ou de nouveaux flux commerciaux, passent au premier plan.
                    Partager les résultats avec d'autres administrations, par exemple sur ce site, aide
                    chacun à apprendre plus vite.</p>
                    <h2>Tirer les leçons de ce qui n'a pas fonctionné</h2>
                    <p>Certaines actions auront été abandonnées ou n'auront pas produit le changement
                    attendu. Notez pourquoi : une réforme qui a échoué faute de ressources mérite peut-être
                    une nouvelle tentative, tandis qu'une réforme fondée sur un mauvais diagnostic doit
                    céder la place à une autre approche. Un récit honnête des échecs est souvent la partie
                    la plus utile d'une évaluation pour la stratégie suivante.</p>
                """),
            ],
        },
    },
}
