"""The Integrity Development Guide in French: the guide page and its six chapters.

Keys match `guide_en`, so each French page is the translation of its
English source; the later chapters live in modules of their own.
"""

from home.demo.texts.typography import french_typography

from ..streams import callout, rich_text
from .guide_fr_assessment import ASSESSMENT_CHAPTER_FR
from .guide_fr_planning import ACTION_PLANNING_CHAPTER_FR, MONITORING_CHAPTER_FR
from .key_factor_sections_fr import KEY_FACTORS_CHAPTER_FR

GUIDE_FR = french_typography(
    {
        "guide": {
            "title": "Guide pour le développement de l'intégrité",
            "slug": "guide-developpement-integrite",
            "search_description": (
                "Un guide pratique pour évaluer les risques d'atteinte à l'intégrité en douane, planifier les "
                "réformes et vérifier leurs effets."
            ),
            "introduction": """
                Un guide pratique pour les administrations douanières qui veulent comprendre leurs risques
                en matière d'intégrité, planifier des réformes sur les dix facteurs clés de la Déclaration
                d'Arusha révisée et vérifier que ces réformes portent leurs fruits.
            """,
            "body": [
                rich_text("""
                    <h2>Ce que propose ce guide</h2>
                    <p>La corruption en douane est rarement le seul fait de quelques individus. Elle
                    prospère là où les procédures sont complexes, où les agents disposent d'un large
                    pouvoir d'appréciation et de peu d'encadrement, où la rémunération et les carrières sont
                    inéquitables, et où personne ne mesure ce qui se passe à la frontière. Ce guide aide une
                    administration à examiner honnêtement ces conditions et à les changer, pas à pas.</p>
                    <p>Il est organisé comme un cycle : élaborer une stratégie, évaluer la situation,
                    planifier les changements et vérifier leurs effets. Les dix facteurs clés de la
                    Déclaration d'Arusha révisée structurent l'évaluation.</p>
                """),
                callout(
                    "À propos de cette édition",
                    """
                    <p>Cette édition a été rédigée pour Integrity Hub. Elle suit la démarche du Guide pour
                    le développement de l'intégrité de l'Organisation mondiale des douanes (autoévaluation,
                    plan d'action et suivi), mais elle n'en constitue pas le texte officiel. Les exemples
                    qu'elle contient sont fictifs.</p>
                    """,
                ),
            ],
        },
        "chapters": {
            "about": {
                "title": "À propos de ce guide",
                "slug": "a-propos-de-ce-guide",
                "introduction": "Pourquoi ce guide existe, à qui il s'adresse et comment le parcourir en équipe.",
                "body": [],
                "sections": {
                    "purpose": {
                        "title": "Objet du guide",
                        "slug": "objet-du-guide",
                        "introduction": """
                            Le guide aide une administration à passer d'un engagement en faveur de
                            l'intégrité à un programme de réformes concrètes et mesurables.
                        """,
                        "body": [
                            rich_text("""
                                <h2>De l'engagement à la pratique</h2>
                                <p>La plupart des administrations douanières ont affirmé leur engagement en
                                faveur de l'intégrité. Beaucoup disposent d'un code de conduite, d'un
                                service d'inspection interne et d'une ligne d'alerte. Pourtant, agents,
                                opérateurs et citoyens considèrent souvent encore la corruption comme une
                                étape ordinaire du passage des marchandises. Le problème tient rarement à
                                l'absence de règles ; il tient à l'absence de démarche systématique : les
                                réformes sont lancées une à une, en réaction à un scandale, et leurs
                                résultats sont rarement vérifiés.</p>
                                <p>Ce guide propose cette démarche. Il invite l'administration à examiner
                                toutes les conditions qui rendent la corruption possible, à décider
                                lesquelles comptent le plus et à les traiter dans un ordre planifié, avec
                                des responsables, des échéances et des indicateurs.</p>
                                <h2>À qui s'adresse le guide</h2>
                                <ul>
                                <li><b>La direction générale</b>, qui porte le programme et décide des
                                priorités et des moyens.</li>
                                <li><b>Les coordonnateurs et groupes de travail sur l'intégrité</b>, qui
                                organisent l'évaluation, rédigent le plan d'action et suivent sa mise en
                                œuvre.</li>
                                <li><b>Les responsables des services opérationnels</b>, dont les procédures
                                et les équipes sont concernées par les réformes.</li>
                                <li><b>Les partenaires</b> : ministères, organes de lutte contre la
                                corruption, secteur privé et partenaires au développement, qui soutiennent
                                ou examinent le travail.</li>
                                </ul>
                                <h2>Ce que le guide n'est pas</h2>
                                <p>Le guide n'est pas une liste à cocher une fois pour toutes. Il ne remplace
                                pas non plus la répression : enquêter sur les manquements et les
                                sanctionner reste indispensable. Le guide porte sur la prévention : bâtir
                                une organisation où il est facile aux agents honnêtes de bien faire et
                                difficile aux autres de mal faire.</p>
                            """),
                        ],
                    },
                    "how-to-use": {
                        "title": "Comment utiliser ce guide",
                        "slug": "comment-utiliser-ce-guide",
                        "introduction": (
                            "Parcourir le guide comme un cycle, en ateliers, en s'appuyant à chaque étape sur des "
                            "éléments probants."
                        ),
                        "body": [
                            rich_text("""
                                <h2>Le cycle de l'intégrité</h2>
                                <p>Les chapitres suivent l'ordre dans lequel le travail se fait :</p>
                                <ol>
                                <li><b>Stratégie</b> : convenir de l'importance de l'intégrité pour
                                l'administration, de qui pilote le travail et de son articulation avec les
                                autres réformes.</li>
                                <li><b>Évaluation</b> : établir où en est l'administration pour chaque
                                facteur clé, au moyen d'un atelier d'autoévaluation et de données tirées
                                d'enquêtes et des systèmes.</li>
                                <li><b>Plan d'action</b> : traduire les constats en un plan hiérarchisé,
                                avec des responsables, des échéances et des indicateurs.</li>
                                <li><b>Suivi et évaluation</b> : vérifier régulièrement les progrès, en
                                rendre compte ouvertement et recommencer le cycle.</li>
                                </ol>
                                <h2>Travailler en ateliers</h2>
                                <p>Le guide donne les meilleurs résultats lorsqu'un groupe varié le lit
                                ensemble : administration centrale et bureaux frontaliers, encadrement et
                                agents de terrain, services opérationnels et services d'appui. Un animateur
                                extérieur aux services évalués aide à garder une discussion franche. Chaque
                                section consacrée à un facteur clé se termine par des questions auxquelles
                                le groupe répond par oui, en partie ou non, en notant les éléments qui
                                justifient chaque réponse. La version imprimable du guide est conçue pour
                                être distribuée lors de ces ateliers.</p>
                                <h2>S'inspirer de l'expérience des autres</h2>
                                <p>Chaque section renvoie aux pratiques partagées par d'autres
                                administrations partenaires sur les mêmes facteurs clés. Lisez-les avant de
                                décider : une réforme qui a réussi ailleurs, et les enseignements qu'en ont
                                tirés ses auteurs, peuvent épargner des mois de tâtonnements.</p>
                            """),
                            callout(
                                "Conseil",
                                "<p>Convenez dès le départ de la manière dont les résultats seront partagés. "
                                "Les agents qui ont participé à l'évaluation soutiendront bien plus volontiers "
                                "les réformes s'ils voient ce qu'il est advenu de leur contribution.</p>",
                                tone="tip",
                            ),
                        ],
                    },
                },
            },
            "strategy": {
                "title": "Une stratégie globale d'intégrité",
                "slug": "une-strategie-globale-d-integrite",
                "introduction": """
                    L'intégrité progresse lorsqu'elle est traitée comme une priorité de gestion, avec une
                    stratégie, un pilotage et des moyens, et non comme une suite de projets isolés.
                """,
                "body": [],
                "sections": {
                    "why-strategy": {
                        "title": "Pourquoi l'intégrité exige une stratégie",
                        "slug": "pourquoi-une-strategie",
                        "introduction": (
                            "Des mesures isolées déplacent la corruption ; une stratégie comble les failles."
                        ),
                        "body": [
                            rich_text("""
                                <h2>La corruption s'adapte</h2>
                                <p>Lorsqu'une occasion de corruption disparaît, une autre tend à apparaître.
                                Automatisez le dépôt des déclarations et le paiement des droits mais laissez
                                le choix des contrôles à l'appréciation de chacun, et la pression se déplace
                                vers le lieu de visite des marchandises. Adoptez un code de conduite sans
                                changer la manière dont les agents sont affectés et rémunérés, et le code
                                reste lettre morte. Des mesures sans lien entre elles laissent des failles
                                que ceux qui profitent de la corruption trouvent vite.</p>
                                <h2>La stratégie relie les mesures</h2>
                                <p>Une stratégie globale examine ensemble les dix facteurs clés. Elle
                                explique pourquoi l'administration agit, ce qu'elle veut obtenir en
                                quelques années, quels domaines passent en premier et comment les progrès
                                seront mesurés. Elle rattache l'intégrité à la modernisation de
                                l'administration, afin que les nouveaux systèmes et procédures intègrent
                                les risques dès leur conception au lieu d'être corrigés après coup.</p>
                                <h2>La stratégie rend l'engagement visible</h2>
                                <p>Une stratégie publiée et signée par le directeur général montre aux
                                agents et aux opérateurs que l'intégrité n'est pas une campagne passagère.
                                Elle donne aussi aux responsables un point d'appui lorsqu'ils doivent
                                prendre des décisions difficiles, comme muter un agent installé depuis des
                                années à son poste ou refuser la demande d'un opérateur influent.</p>
                            """),
                        ],
                    },
                    "building-blocks": {
                        "title": "Les éléments de la stratégie",
                        "slug": "les-elements-de-la-strategie",
                        "introduction": (
                            "Ce que contient une bonne stratégie d'intégrité, et comment la garder assez courte "
                            "pour servir."
                        ),
                        "body": [
                            rich_text("""
                                <h2>Contenu de la stratégie</h2>
                                <ul>
                                <li><b>Une raison d'être</b> : pourquoi l'intégrité compte pour les
                                recettes, la facilitation des échanges, la sécurité et la confiance du
                                public.</li>
                                <li><b>Un diagnostic</b> : les principaux risques, tirés de l'évaluation
                                et des éléments déjà disponibles (plaintes, constats d'audit,
                                enquêtes).</li>
                                <li><b>Des objectifs</b> : quelques résultats sur lesquels
                                l'administration s'engage à trois ou cinq ans.</li>
                                <li><b>Des domaines prioritaires</b> : les facteurs clés et les processus
                                traités en premier, avec les raisons de ce choix.</li>
                                <li><b>Des rôles</b> : qui pilote, qui coordonne, qui met en œuvre et qui
                                contrôle.</li>
                                <li><b>Des moyens</b> : personnel, budget et appui attendu des
                                partenaires.</li>
                                <li><b>Un dispositif de suivi</b> : les indicateurs et le calendrier des
                                rapports.</li>
                                </ul>
                                <h2>Rester bref</h2>
                                <p>Une stratégie de dix pages que les responsables lisent vaut mieux que
                                cent pages que personne n'ouvre. Le détail relève du plan d'action, révisé
                                chaque année ; la stratégie fixe le cap et change moins souvent.</p>
                                <h2>Consulter avant d'adopter</h2>
                                <p>Les représentants du personnel, le ministère de tutelle, l'organe
                                national de lutte contre la corruption et les organisations
                                professionnelles devraient voir le projet. Leurs observations
                                l'améliorent, et la consultation crée l'adhésion dont la mise en œuvre
                                aura besoin.</p>
                            """),
                        ],
                    },
                    "governance": {
                        "title": "La gouvernance du programme d'intégrité",
                        "slug": "la-gouvernance-du-programme",
                        "introduction": (
                            "Qui pilote, qui coordonne, et comment le programme reste indépendant des services "
                            "qu'il examine."
                        ),
                        "body": [
                            rich_text("""
                                <h2>Un pilotage au plus haut niveau</h2>
                                <p>Le directeur général préside, ou suit de près, un comité de pilotage de
                                l'intégrité réunissant les principaux responsables. Le comité approuve la
                                stratégie et le plan d'action, arbitre entre les services et examine les
                                progrès au moins deux fois par an.</p>
                                <h2>Un coordonnateur qui a autorité</h2>
                                <p>Le travail quotidien exige un coordonnateur de l'intégrité, ou une petite
                                cellule, ayant un accès direct au directeur général. Le coordonnateur
                                organise l'évaluation, rédige et suit le plan d'action, recueille les
                                indicateurs et rend compte au comité de pilotage. Ce rôle ne fonctionne que
                                si les responsables répondent à ses demandes : cette autorité doit figurer
                                dans le mandat de la cellule.</p>
                                <h2>Distinguer prévention et enquêtes</h2>
                                <p>Prévention et enquêtes se soutiennent mais ne doivent pas se confondre.
                                Le coordonnateur tire des enseignements des tendances que révèlent les
                                enquêtes, sans accéder aux dossiers individuels, ce qui dissuaderait les
                                agents de s'exprimer librement pendant les évaluations.</p>
                            """),
                            callout(
                                "Attention",
                                "<p>Si le coordonnateur de l'intégrité dépend du chef d'un service dont les "
                                "processus sont examinés, les constats du programme seront adoucis. Placez ce "
                                "rôle là où il peut annoncer de mauvaises nouvelles.</p>",
                                tone="warning",
                            ),
                        ],
                    },
                },
            },
        },
    }
)

GUIDE_FR["chapters"] |= french_typography(
    {
        "assessment": ASSESSMENT_CHAPTER_FR,
        "key-factors": KEY_FACTORS_CHAPTER_FR,
        "action-planning": ACTION_PLANNING_CHAPTER_FR,
        "monitoring": MONITORING_CHAPTER_FR,
    }
)
