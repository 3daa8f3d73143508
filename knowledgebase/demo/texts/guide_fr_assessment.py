"""The guide's third chapter in French: the integrity assessment.

Same keys and the same blocks, paragraphs and list items as `guide_en`, so
wagtail-localize can pair each French segment with its English source.
"""

from ..streams import checklist, rich_text

ASSESSMENT_CHAPTER_FR = {
    "title": "L'évaluation de l'intégrité",
    "slug": "evaluation-de-l-integrite",
    "introduction": """
        Une image honnête de la situation de l'administration pour chaque facteur clé, construite à partir
        du regard du personnel et de données vérifiables.
    """,
    "body": [],
    "sections": {
        "preparing": {
            "title": "Préparer l'évaluation",
            "slug": "preparer-l-evaluation",
            "introduction": "Le champ, les participants, le calendrier et la promesse de confidentialité.",
            "body": [
                rich_text("""
                    <h2>Délimiter le champ</h2>
                    <p>Une première évaluation couvre en général toute l'administration au niveau des dix
                    facteurs clés, puis examine de plus près deux ou trois processus à haut risque, comme
                    la visite des marchandises, l'évaluation en douane ou la gestion des biens saisis.</p>
                    <h2>Choisir les participants</h2>
                    <p>Réunissez quinze à vingt-cinq personnes de grades, de fonctions et de lieux
                    d'affectation différents. Invitez des personnes qui parleront franchement, et pas
                    seulement celles qui représentent leur service. Les représentants du commerce peuvent
                    participer à une séance distincte consacrée aux relations avec le secteur privé.</p>
                    <h2>Promettre la confidentialité, et la respecter</h2>
                    <p>Les participants doivent savoir que leurs propos seront rapportés sans nom et ne
                    seront pas retenus contre eux. Sans cette garantie, l'évaluation décrira
                    l'administration telle qu'elle souhaite être vue, et non telle qu'elle est.</p>
                    <h2>Rassembler d'abord les données existantes</h2>
                    <p>Avant l'atelier, réunissez ce que l'on sait déjà : rapports d'audit, statistiques
                    des plaintes, affaires disciplinaires, résultats des enquêtes auprès du personnel,
                    délais de dédouanement et toute enquête de perception menée auprès des opérateurs.
                    Ces éléments ancrent la discussion dans les faits.</p>
                """),
            ],
        },
        "workshop": {
            "title": "L'atelier d'autoévaluation",
            "slug": "atelier-d-autoevaluation",
            "introduction": (
                "Deux ou trois jours pendant lesquels le personnel note l'administration sur chaque facteur "
                "clé, preuves à l'appui."
            ),
            "body": [
                rich_text("""
                    <h2>Le déroulement de l'atelier</h2>
                    <p>L'animateur présente les facteurs clés un par un. Pour chacun, le groupe répond
                    aux questions de la section correspondante de ce guide, s'accorde sur une note et
                    consigne les éléments qui la justifient. Les désaccords sont utiles : lorsque
                    l'administration centrale et les postes frontières notent un facteur très
                    différemment, il existe souvent un écart entre la politique et la pratique qui mérite
                    d'être examiné.</p>
                    <h2>Noter les facteurs clés</h2>
                    <p>Une échelle simple donne les meilleurs résultats : <i>en place et efficace</i>,
                    <i>en place mais inefficace</i>, <i>partiellement en place</i>, <i>absent</i>.
                    Résistez à la tentation de produire une note unique pour l'administration : l'intérêt
                    réside dans le profil d'ensemble des facteurs.</p>
                """),
                checklist(
                    "Avant de clore l'atelier",
                    [
                        (
                            "Chaque facteur clé a-t-il été noté, avec les éléments justifiant la note ?",
                            "Une fiche de travail complète pour chacun des dix facteurs clés.",
                        ),
                        (
                            "Les trois à cinq faiblesses les plus graves ont-elles fait l'objet d'un accord ?",
                            "Une liste courte que le groupe défendrait devant la direction.",
                        ),
                        (
                            "Existe-t-il des pistes d'action pour chacune de ces faiblesses ?",
                            "Au moins une proposition par faiblesse, même sommaire.",
                        ),
                        (
                            "Les participants savent-ils ce qui va suivre et quand ils auront un retour ?",
                            "Une date pour leur communiquer le rapport.",
                        ),
                    ],
                    introduction="Parcourez cette liste avec le groupe à la fin de la dernière séance.",
                ),
            ],
        },
        "evidence": {
            "title": "Recueillir des preuves : enquêtes, données et entretiens",
            "slug": "recueillir-des-preuves",
            "introduction": (
                "Les perceptions comptent, mais elles doivent être confrontées à ce qu'enregistrent les systèmes."
            ),
            "body": [
                rich_text("""
                    <h2>Enquêtes auprès des opérateurs et du personnel</h2>
                    <p>Les enquêtes de perception demandent aux opérateurs, aux commissionnaires en douane
                    et aux agents à quelle fréquence ils rencontrent des demandes de paiement, des retards
                    injustifiés ou un traitement inéquitable. L'enquête de l'OMD sur la perception de
                    l'intégrité en douane est l'un de ces outils. Répétez la même enquête à intervalles
                    réguliers pour suivre l'évolution dans le temps.</p>
                    <h2>Les données dont l'administration dispose déjà</h2>
                    <ul>
                    <li>Les délais de dédouanement par bureau, par régime et par circuit, par exemple
                    tirés d'une étude sur le temps nécessaire à la mainlevée.</li>
                    <li>La part des déclarations sélectionnées pour une visite physique, et la fréquence
                    à laquelle ces visites aboutissent à une constatation.</li>
                    <li>Les dérogations aux sélections de la gestion des risques, et leurs auteurs.</li>
                    <li>Les plaintes, les recours et leurs suites.</li>
                    <li>Les affaires disciplinaires par type et par lieu.</li>
                    </ul>
                    <h2>Entretiens et visites</h2>
                    <p>De courts entretiens confidentiels dans les postes frontières montrent comment les
                    procédures sont appliquées en pratique. Se rendre sur place à différents moments de la
                    journée, et observer la circulation des personnes et des documents, révèle souvent où
                    des paiements informels pourraient avoir lieu.</p>
                """),
            ],
        },
        "analysis": {
            "title": "Analyser les résultats",
            "slug": "analyser-les-resultats",
            "introduction": (
                "Des notes et des preuves à une courte liste de priorités sur lesquelles la direction peut agir."
            ),
            "body": [
                rich_text("""
                    <h2>Chercher des tendances</h2>
                    <p>Placez les notes de l'atelier à côté des résultats des enquêtes et des données.
                    Lorsqu'ils concordent, le constat est solide. Lorsque le personnel juge un facteur
                    efficace mais que les données disent le contraire, par exemple un taux élevé de
                    sélections de risque contournées, regardez de plus près.</p>
                    <h2>Trouver les causes profondes</h2>
                    <p>Pour chaque faiblesse, demandez pourquoi elle existe jusqu'à ce que la réponse
                    désigne quelque chose que l'administration peut changer : une procédure, un système,
                    une règle, une pratique de gestion. « Les agents sont corrompus » n'est pas une cause
                    profonde ; « les agents choisissent les envois qu'ils contrôlent » en est une.</p>
                    <h2>Rédiger un rapport court</h2>
                    <p>Le rapport d'évaluation doit tenir en quelques pages : la méthode, les notes, les
                    principales faiblesses avec leurs preuves et leurs causes profondes, et les
                    propositions d'action. Il est remis au comité de pilotage et, sous forme de synthèse,
                    à tous ceux qui ont participé.</p>
                """),
            ],
        },
    },
}
