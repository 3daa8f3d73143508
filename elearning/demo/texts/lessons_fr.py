"""Les dix leçons du module de démonstration en français, une par facteur clé de la Déclaration d'Arusha révisée.

Same structure and order as `lessons_en`; French spacing is applied by
`french_typography`, so the texts use ordinary spaces.
"""

from home.demo.texts.typography import french_typography

from ..streams import callout, key_takeaways, rich_text, scenario

LESSONS_FR = french_typography(
    [
        {
            "key_factor": 1,
            "title": "Leadership et engagement",
            "slug": "leadership-et-engagement",
            "introduction": """
                L'intégrité commence au sommet. Cette leçon explique pourquoi le directeur général et l'équipe
                de direction portent la première responsabilité de la prévention de la corruption, et à quoi
                ressemble un engagement réel.
            """,
            "estimated_minutes": 12,
            "body": [
                rich_text("""
                    <h2>Pourquoi la direction passe en premier</h2>
                    <p>La Déclaration d'Arusha révisée confie la responsabilité première de la prévention de
                    la corruption au directeur général des douanes et à l'équipe de direction. Ce n'est pas une
                    formalité. Les agents observent ce que font leurs chefs bien plus attentivement qu'ils ne
                    lisent ce qu'ils écrivent. Un programme d'intégrité que les dirigeants annoncent sans le
                    vivre passe vite pour une campagne destinée à l'extérieur, et perd sa crédibilité auprès
                    de ceux-là mêmes qu'il doit convaincre.</p>
                    <h2>L'engagement en pratique</h2>
                    <p>L'engagement se voit dans les décisions, pas seulement dans les discours. Des dirigeants
                    sincères :</p>
                    <ul>
                    <li>font de l'intégrité un objectif affiché du plan stratégique de l'administration, avec
                    des cibles et des comptes rendus réguliers ;</li>
                    <li>confient clairement le programme à un responsable de haut niveau, et lui donnent du
                    personnel, un budget et un accès direct au directeur général ;</li>
                    <li>s'appliquent les mêmes règles qu'à tous : ils déclarent leurs intérêts, refusent les
                    cadeaux inappropriés et acceptent d'être contrôlés ;</li>
                    <li>protègent et remercient les personnes qui signalent des abus, et donnent suite à leurs
                    signalements ;</li>
                    <li>tiennent le cap pendant des années, car la culture change lentement et les revers sont
                    certains.</li>
                    </ul>
                    <h2>Un engagement au-delà de la douane</h2>
                    <p>La douane n'agit pas seule. Une réforme durable demande le soutien politique du
                    gouvernement, un cadre juridique qui permet aux responsables d'agir et une coopération avec
                    d'autres institutions, comme les organes de lutte contre la corruption et les institutions
                    de contrôle. Obtenir ce soutien fait partie du rôle des dirigeants, tout comme expliquer,
                    dans l'administration et en dehors, pourquoi l'intégrité compte pour les recettes, la
                    sécurité et le commerce.</p>
                """),
                scenario(
                    "Une demande venue d'en haut",
                    """<p>À la réunion du lundi, votre directeur régional présente le nouveau code d'intégrité
                    et demande à chacun de le signer. Le jeudi, le même directeur vous appelle : un envoi
                    destiné à une société appartenant à un proche doit être dédouané aujourd'hui, « sans le
                    contrôle documentaire habituel, juste pour cette fois ».</p>""",
                    "Que faites-vous ?",
                    [
                        (
                            "Vous le dédouanez discrètement : l'instruction vient d'en haut.",
                            False,
                            "Une instruction ne rend pas légale une mainlevée irrégulière, et c'est votre nom "
                            "qui figure sur la décision. C'est exactement le double langage qui vide un code de "
                            "conduite de son sens.",
                        ),
                        (
                            "Vous traitez l'envoi normalement et signalez la demande par le canal prévu pour "
                            "les questions d'intégrité.",
                            True,
                            "Exact. Traitez l'envoi comme tous les autres et utilisez le canal confidentiel de "
                            "l'administration. Les dirigeants sincères voudront le savoir ; les autres sont la "
                            "raison d'être de ce canal.",
                        ),
                        (
                            "Vous le dédouanez, puis le racontez à vos collègues pour dénoncer l'hypocrisie du "
                            "directeur.",
                            False,
                            "Les commérages n'arrêtent pas l'abus, et vous y avez participé. Signaler par le "
                            "canal prévu vous protège et permet à l'administration d'agir.",
                        ),
                    ],
                    "<p>C'est dans ce genre de moment qu'un programme d'intégrité est mis à l'épreuve. Le "
                    "personnel juge un code à la façon dont il s'applique aux puissants.</p>",
                ),
                key_takeaways(
                    [
                        "Le directeur général et l'équipe de direction portent la première responsabilité de "
                        "l'intégrité.",
                        "L'engagement se voit dans les moyens, les responsabilités et l'exemple, pas dans les slogans.",
                        "Les dirigeants doivent soutenir ceux qui signalent des abus et donner suite.",
                        "La réforme de l'intégrité prend des années et demande un soutien politique au-delà "
                        "de la douane.",
                    ],
                ),
            ],
        },
        {
            "key_factor": 2,
            "title": "Un cadre réglementaire clair et simple",
            "slug": "cadre-reglementaire",
            "introduction": """
                Des règles compliquées et floues créent le pouvoir discrétionnaire et les délais dont se nourrit
                la corruption. Cette leçon montre comment une législation et des procédures simples et
                harmonisées réduisent les occasions.
            """,
            "estimated_minutes": 12,
            "body": [
                rich_text("""
                    <h2>La complexité est une occasion</h2>
                    <p>Quand les règles sont nombreuses, floues ou contradictoires, un agent peut trouver une
                    raison de retarder presque n'importe quel envoi, et un opérateur peut être convaincu qu'il
                    est plus simple de payer que de discuter. Chaque document, signature ou contrôle inutile
                    est un point où quelqu'un peut demander une contrepartie. La Déclaration d'Arusha révisée
                    demande donc aux administrations d'harmoniser et de simplifier la législation et les
                    procédures douanières, pour que les formalités ne soient pas plus lourdes que nécessaire.</p>
                    <h2>Le modèle international</h2>
                    <p>La Convention de Kyoto révisée de l'OMD, sur la simplification et l'harmonisation des
                    régimes douaniers, énonce des principes modernes : procédures normalisées et simplifiées,
                    gestion des risques, recours aux technologies de l'information, partenariat avec le
                    commerce et droit de recours. Aligner la législation nationale sur ces principes supprime
                    bien des zones grises où prospère la corruption.</p>
                    <h2>Limiter et encadrer le pouvoir discrétionnaire</h2>
                    <p>Une part de jugement est inévitable : classement, valeur, origine et sanctions en
                    demandent. Le but n'est pas de supprimer le jugement, mais de l'encadrer :</p>
                    <ul>
                    <li>publier des critères et des lignes directrices pour les décisions qui demandent du
                    jugement ;</li>
                    <li>proportionner les sanctions à l'infraction, dans des fourchettes définies ;</li>
                    <li>consigner les motifs de chaque décision pour pouvoir la vérifier ensuite ;</li>
                    <li>proposer des renseignements contraignants et un droit de recours, d'abord au sein de
                    la douane, puis devant un organe indépendant ;</li>
                    <li>limiter les exonérations et les régimes particuliers, et les rendre clairs et
                    contrôlés.</li>
                    </ul>
                    <p>Une règle que chacun peut lire et prévoir protège l'agent honnête autant que
                    l'opérateur honnête.</p>
                """),
                scenario(
                    "Une interprétation arrangeante",
                    """<p>Un envoi de pièces détachées pourrait relever de deux positions tarifaires aux taux
                    très différents. Le commissionnaire laisse entendre qu'une « interprétation arrangeante
                    pour tous » serait appréciée, et fait allusion à un cadeau.</p>""",
                    "Quelle est la meilleure façon de traiter le classement ?",
                    [
                        (
                            "Vous retenez le taux le plus bas : les règles sont floues de toute façon.",
                            False,
                            "Des règles floues sont une raison de chercher à clarifier, pas de choisir la "
                            "réponse qui arrange celui qui offre un cadeau. L'allusion elle-même est à "
                            "signaler.",
                        ),
                        (
                            "Vous appliquez les règles de classement publiées, consignez votre raisonnement et "
                            "saisissez le service du classement si un doute subsiste.",
                            True,
                            "Exact. Des motifs écrits et l'avis d'experts rendent la décision cohérente et "
                            "vérifiable. Parlez au commissionnaire des renseignements tarifaires contraignants, "
                            "et signalez l'allusion au cadeau.",
                        ),
                        (
                            "Vous retenez l'envoi jusqu'à ce que le commissionnaire cesse ses allusions.",
                            False,
                            "Retenir des marchandises sans motif légal est en soi un abus de pouvoir, qui "
                            "appelle la demande suivante. Décidez sur le fond et signalez l'allusion.",
                        ),
                    ],
                ),
                key_takeaways(
                    [
                        "Chaque étape inutile d'une procédure est une occasion de corruption.",
                        "La Convention de Kyoto révisée est la référence pour des procédures simples et harmonisées.",
                        "Là où il faut juger, publiez les critères, consignez les motifs et permettez le recours.",
                    ],
                ),
            ],
        },
        {
            "key_factor": 3,
            "title": "Transparence",
            "slug": "transparence",
            "introduction": """
                Qui connaît les règles sait reconnaître une demande abusive. Cette leçon présente ce que la
                douane doit publier, comment expliquer et contester les décisions, et pourquoi l'ouverture
                protège aussi les agents.
            """,
            "estimated_minutes": 10,
            "body": [
                rich_text("""
                    <h2>Certitude et prévisibilité</h2>
                    <p>Opérateurs et voyageurs ont droit à un haut degré de certitude sur la façon dont la
                    douane les traitera. Quand lois, procédures, redevances et normes de service sont publiées
                    et faciles à trouver, une demande irrégulière saute aux yeux : l'opérateur qui sait qu'une
                    procédure est gratuite peut refuser de payer. Le secret produit l'effet inverse : chaque
                    exigence inexpliquée devient une invitation possible à négocier.</p>
                    <h2>Ce qu'il faut rendre public</h2>
                    <ul>
                    <li>les lois, règlements, décisions administratives et procédures qui les appliquent, en
                    ligne et aux frontières ;</li>
                    <li>les documents exigés pour chaque procédure, les redevances et le délai prévu pour chaque
                    étape ;</li>
                    <li>les renseignements contraignants sur le classement, la valeur et l'origine, pour que
                    les opérateurs puissent prévoir ;</li>
                    <li>comment déposer une plainte et contester une décision, et la suite donnée aux
                    plaintes ;</li>
                    <li>les résultats de l'administration, comme les délais de dédouanement mesurés par une
                    étude sur le temps nécessaire à la mainlevée.</li>
                    </ul>
                    <h2>Expliquer les décisions</h2>
                    <p>La transparence signifie aussi que la personne concernée par une décision peut en
                    connaître les motifs et la contester. Les recours doivent d'abord aller à un niveau de la
                    douane indépendant de la décision initiale, puis à un organe extérieur. Au sein de
                    l'administration, la transparence s'applique aux affectations, aux promotions et à la
                    discipline : des critères clairs, appliqués ouvertement, laissent moins de place au
                    favoritisme.</p>
                    <h2>Ce que chaque agent peut faire</h2>
                    <p>La transparence ne concerne pas que la direction générale. Au guichet, elle consiste à
                    donner la même réponse à chaque opérateur, à expliquer la base légale d'une décision, à
                    délivrer un reçu pour chaque paiement et à ne jamais rien demander qui ne soit écrit. Elle
                    protège aussi l'agent : une décision expliquée et consignée se déforme difficilement après
                    coup.</p>
                """),
                scenario(
                    "Une liste dépassée",
                    """<p>Une petite importatrice vous demande quels documents fournir pour une admission
                    temporaire. Vous savez que la liste du site web est dépassée depuis le règlement du mois
                    dernier.</p>""",
                    "Comment répondez-vous ?",
                    [
                        (
                            "Vous lui donnez la bonne liste par écrit, lui indiquez le règlement et signalez la "
                            "page obsolète pour qu'elle soit corrigée.",
                            True,
                            "Exact. Elle reçoit une information fiable, et le prochain opérateur aussi. Une "
                            "information publique dépassée est un risque pour l'intégrité, pas seulement un "
                            "désagrément.",
                        ),
                        (
                            "Vous lui dites de suivre le site web : c'est la source officielle.",
                            False,
                            "Elle préparerait les mauvais documents et subirait des retards que quelqu'un "
                            "pourrait proposer de « régler » contre paiement. Une information juste fait partie "
                            "du service.",
                        ),
                        (
                            "Vous lui conseillez un commissionnaire de votre connaissance qui maîtrise les "
                            "nouvelles règles.",
                            False,
                            "Orienter les opérateurs vers certains commissionnaires crée un conflit d'intérêts "
                            "et remplace l'information publique par des relations privées.",
                        ),
                    ],
                ),
                key_takeaways(
                    [
                        "Des règles, redevances et normes de service publiées permettent de refuser les "
                        "demandes abusives.",
                        "Renseignements contraignants, plaintes et recours rendent les décisions prévisibles "
                        "et vérifiables.",
                        "La transparence vaut aussi en interne : affectations, promotions et discipline.",
                    ],
                ),
            ],
        },
        {
            "key_factor": 4,
            "title": "Automatisation",
            "slug": "automatisation",
            "introduction": """
                Le traitement électronique supprime une grande partie des contacts directs et des manipulations
                d'espèces où naît la corruption, à condition que les systèmes soient conçus et contrôlés dans
                un souci d'intégrité.
            """,
            "estimated_minutes": 12,
            "body": [
                rich_text("""
                    <h2>Ce que change l'automatisation</h2>
                    <p>Les systèmes de gestion douanière permettent de déposer, contrôler et payer les
                    déclarations par voie électronique. La sélection peut être décidée par des règles de risque
                    plutôt que par un agent, les droits peuvent être payés à une banque plutôt qu'à un guichet,
                    et chaque action laisse une trace de qui a fait quoi et quand. Chacun de ces changements
                    réduit les contacts personnels et le pouvoir discrétionnaire qui rendent la corruption
                    possible, et les traces facilitent la détection des manquements.</p>
                    <h2>L'automatisation ne suffit pas</h2>
                    <p>La technologie déplace le risque plutôt qu'elle ne le supprime. De nouvelles occasions
                    apparaissent : mots de passe partagés ou volés, annulations manuelles des décisions de
                    risque, modification des données après coup, ou informaticiens aux privilèges incontrôlés.
                    Un système automatise aussi la procédure qu'on lui confie : une procédure compliquée et
                    discrétionnaire mise en ligne reste compliquée et discrétionnaire. C'est pourquoi il faut
                    simplifier les procédures avant de les automatiser.</p>
                    <h2>Les contrôles qui gardent les systèmes intègres</h2>
                    <ul>
                    <li>des comptes personnels, jamais partagés, avec des droits limités aux besoins de chaque
                    poste ;</li>
                    <li>la séparation des tâches, pour que personne ne puisse à la fois décider et
                    approuver ;</li>
                    <li>des annulations de sélection autorisées seulement avec un motif enregistré, et
                    vérifiées ;</li>
                    <li>des journaux d'audit que quelqu'un lit vraiment, avec des alertes sur les
                    comportements inhabituels ;</li>
                    <li>la protection des données elles-mêmes, y compris des règles de risque, contre toute
                    altération.</li>
                    </ul>
                    <h2>Ce que les utilisateurs doivent surveiller</h2>
                    <p>Ceux qui utilisent un système chaque jour repèrent souvent les problèmes en premier :
                    sélections toujours annulées pour les mêmes opérateurs, déclarations modifiées après la
                    mainlevée, comptes utilisés la nuit. Signaler ces comportements au responsable du système ou
                    à l'unité d'intégrité fait partie d'une bonne utilisation du système.</p>
                """),
                scenario(
                    "Tu me prêtes ton identifiant ?",
                    """<p>Le compte d'un collègue est bloqué après trop de tentatives de mot de passe. Un camion
                    attend depuis des heures, et il vous demande votre identifiant « pour cinq minutes » afin
                    de le libérer.</p>""",
                    "Que faites-vous ?",
                    [
                        (
                            "Vous le lui prêtez pour cette fois : la mainlevée est légitime et le chauffeur a "
                            "assez attendu.",
                            False,
                            "Tout ce qui est fait dans le système avec votre identifiant est enregistré comme "
                            "votre décision. Les comptes partagés empêchent aussi de distinguer l'erreur "
                            "honnête de l'abus délibéré.",
                        ),
                        (
                            "Vous refusez, et l'aidez à joindre l'assistance informatique ou le superviseur "
                            "qui peut débloquer son compte ou réattribuer la tâche.",
                            True,
                            "Exact. Le retard a une solution légitime, et ce sont les comptes personnels qui "
                            "donnent sa valeur à la piste d'audit.",
                        ),
                        (
                            "Vous vous connectez vous-même et libérez le camion sans vérifier, pour gagner du temps.",
                            False,
                            "Accorder la mainlevée de marchandises que vous n'avez pas examinées, sous votre "
                            "nom, est pire que de partager le mot de passe. Laissez la tâche être réattribuée "
                            "dans les règles.",
                        ),
                    ],
                ),
                key_takeaways(
                    [
                        "L'automatisation réduit les contacts, les espèces et le pouvoir discrétionnaire, et "
                        "laisse une piste d'audit.",
                        "Simplifiez les procédures avant de les automatiser.",
                        "Comptes personnels, séparation des tâches et annulations vérifiées gardent les "
                        "systèmes intègres.",
                    ],
                ),
            ],
        },
        {
            "key_factor": 5,
            "title": "Réforme et modernisation",
            "slug": "reforme-et-modernisation",
            "introduction": """
                Les procédures dépassées nourrissent la corruption. Cette leçon montre comment les méthodes
                douanières modernes réduisent les occasions, et pourquoi l'intégrité doit être intégrée à
                chaque réforme.
            """,
            "estimated_minutes": 12,
            "body": [
                rich_text("""
                    <h2>Des méthodes modernes, moins d'occasions</h2>
                    <p>Une administration qui inspecte chaque envoi, exige des documents papier originaux et
                    traite chaque opération en face à face crée de longues files d'attente, et les longues
                    files créent une pression pour payer afin d'aller plus vite. Les pratiques modernes
                    changent cela : la gestion des risques concentre les contrôles là où ils comptent, le
                    contrôle a posteriori éloigne les vérifications de la frontière, les programmes d'opérateur
                    économique agréé récompensent les opérateurs fiables, et le guichet unique permet de
                    transmettre les informations une seule fois à toutes les administrations.</p>
                    <p>Les méthodes modernes changent aussi ce que l'administration peut voir. Une cellule de
                    gestion des risques qui analyse les données de tous les postes frontières repère des
                    tendances qu'aucun bureau isolé ne verrait, comme un poste où les mêmes importateurs ne sont
                    jamais contrôlés.</p>
                    <h2>L'intégrité intégrée, pas ajoutée</h2>
                    <p>Chaque réforme déplace le lieu des décisions, et donc le lieu où l'on peut faire
                    pression. On peut pousser une cellule de gestion des risques à modifier un profil, proposer
                    quelque chose à un auditeur pour clore un dossier, acheter une décision d'agrément. Avant
                    de lancer une réforme, demandez-vous quelles nouvelles décisions elle crée, qui les prend,
                    et comment elles seront enregistrées et vérifiées.</p>
                    <h2>Embarquer le personnel</h2>
                    <p>Une réforme change les emplois, le statut et parfois les revenus informels. Les agents
                    qui comprennent pourquoi le changement a lieu, qui participent à sa conception et qui sont
                    formés à leur nouveau rôle le soutiennent plus volontiers. Mesurer les résultats, par
                    exemple par une étude sur le temps nécessaire à la mainlevée avant et après, montre si la
                    réforme fonctionne et garde le programme honnête sur ses propres progrès.</p>
                """),
                scenario(
                    "Un coup de main pour le dossier",
                    """<p>Vous instruisez les demandes du nouveau programme d'opérateur économique agréé. Un
                    importateur dont le dossier est incomplet propose que son consultant vous « aide pour les
                    papiers » autour d'un dîner.</p>""",
                    "Comment répondez-vous ?",
                    [
                        (
                            "Vous déclinez, indiquez les pièces manquantes au regard des critères publiés et "
                            "signalez la proposition.",
                            True,
                            "Exact. L'agrément ne doit reposer que sur les critères publiés. Dire précisément "
                            "au demandeur ce qui manque est un bon service ; le dîner ne l'est pas.",
                        ),
                        (
                            "Vous acceptez le dîner mais décidez en toute indépendance.",
                            False,
                            "Même si votre décision est juste, accepter crée une obligation, ou son apparence. "
                            "Cela mine aussi la confiance dans tout le programme.",
                        ),
                        (
                            "Vous approuvez le dossier : l'importateur a de toute façon de bons antécédents.",
                            False,
                            "De bons antécédents ne remplacent pas les critères. Approuver un dossier incomplet "
                            "après une proposition ressemble exactement à une décision achetée.",
                        ),
                    ],
                ),
                key_takeaways(
                    [
                        "Gestion des risques, contrôle a posteriori et guichet unique réduisent la pression "
                        "du face-à-face.",
                        "Chaque réforme crée de nouvelles décisions : prévoyez leurs contrôles avant le lancement.",
                        "Associez et formez le personnel, et mesurez les résultats pour garder la réforme honnête.",
                    ],
                ),
            ],
        },
        {
            "key_factor": 6,
            "title": "Audit et enquêtes",
            "slug": "audit-et-enquetes",
            "introduction": """
                La prévention a besoin de la détection. Cette leçon présente l'audit interne et externe, la
                fonction d'enquête, les procédures équitables et la protection des personnes qui signalent des
                abus.
            """,
            "estimated_minutes": 12,
            "body": [
                rich_text("""
                    <h2>Vérifier que les contrôles fonctionnent</h2>
                    <p>Règles et systèmes ne réduisent la corruption que si quelqu'un vérifie qu'ils sont
                    appliqués. L'audit interne examine si les procédures sont suivies, si les contrôles
                    fonctionnent et où se trouvent les faiblesses. L'audit externe par l'institution supérieure
                    de contrôle apporte un regard indépendant. Les constats d'audit sont surtout utiles quand
                    la direction y donne suite et qu'ils conduisent à des procédures plus simples et à de
                    meilleurs contrôles.</p>
                    <h2>Une fonction d'enquête capable d'agir</h2>
                    <p>Les allégations de manquement appellent une unité capable d'enquêter de façon
                    professionnelle. Elle doit être indépendante de la hiérarchie sur laquelle elle peut
                    enquêter, rendre compte au plus haut niveau, disposer des compétences et des moyens pour
                    suivre des affaires complexes, et travailler avec la police, le parquet et les organes
                    anticorruption en cas de soupçon d'infraction pénale. Les enquêtes doivent respecter les
                    droits de la personne concernée : une procédure équitable protège l'innocent et rend
                    incontestables les sanctions contre le coupable.</p>
                    <h2>Permettre de parler sans crainte</h2>
                    <p>La plupart des actes de corruption sont connus de quelqu'un à proximité. Collègues,
                    opérateurs et citoyens ne les signalent que s'ils font confiance au canal : signalement
                    confidentiel ou anonyme, protection contre les représailles pour les signalements de bonne
                    foi, et suites visibles. Un canal qui ne mène nulle part apprend à se taire.</p>
                    <h2>Des sanctions cohérentes</h2>
                    <p>Quand un manquement est prouvé, la sanction doit suivre, proportionnée et cohérente,
                    quel que soit le grade de la personne. Une discipline incohérente est perçue comme une
                    permission.</p>
                """),
                scenario(
                    "Toujours au vert",
                    """<p>Vous remarquez qu'un collègue dédouane en quelques minutes les envois d'un
                    commissionnaire, et qu'ils ne sont jamais sélectionnés pour contrôle, même quand le système
                    les signale à haut risque.</p>""",
                    "Quelle est la meilleure première démarche ?",
                    [
                        (
                            "Vous interpellez votre collègue devant l'équipe.",
                            False,
                            "Une accusation publique peut détruire la confiance comme les preuves, et il existe "
                            "peut-être une explication innocente. Laissez l'établissement des faits à ceux qui "
                            "y sont formés.",
                        ),
                        (
                            "Vous commencez à rassembler des preuves vous-même en copiant ses dossiers.",
                            False,
                            "Enquêter seul peut enfreindre les règles d'accès aux données et compromettre une "
                            "enquête ultérieure. Signalez plutôt ce que vous avez vu.",
                        ),
                        (
                            "Vous signalez les faits observés, sans spéculer, par le canal confidentiel à "
                            "l'unité d'intégrité ou d'inspection.",
                            True,
                            "Exact. Tenez-vous aux faits (dates, déclarations, alertes annulées) et laissez "
                            "l'unité les apprécier. Les signalements de bonne foi sont protégés.",
                        ),
                    ],
                ),
                key_takeaways(
                    [
                        "L'audit interne et externe vérifie les contrôles ; la direction doit donner suite.",
                        "Les enquêteurs ont besoin d'indépendance, de compétences et de moyens, et "
                        "respectent les droits de la défense.",
                        "Le signalement confidentiel et la protection contre les représailles libèrent la parole.",
                        "Les sanctions doivent être cohérentes, quel que soit le grade.",
                    ],
                ),
            ],
        },
        {
            "key_factor": 7,
            "title": "Le code de conduite",
            "slug": "code-de-conduite",
            "introduction": """
                Un bon code de conduite dit clairement aux agents ce qu'on attend d'eux dans les situations
                qu'ils rencontrent vraiment. Cette leçon présente ce qu'il doit contenir et comment le faire
                vivre.
            """,
            "estimated_minutes": 10,
            "body": [
                rich_text("""
                    <h2>Des attentes claires</h2>
                    <p>La Déclaration d'Arusha révisée demande un code de conduite complet qui énonce, en
                    termes pratiques et sans ambiguïté, le comportement attendu de tout le personnel des
                    douanes. Un code qui se contente de valeurs générales (« soyez honnête ») laisse les agents
                    deviner dans les cas difficiles. Un code utile parle des situations réelles du travail
                    douanier.</p>
                    <h2>Ce que couvre un code pratique</h2>
                    <ul>
                    <li>les cadeaux, invitations et faveurs : ce qui peut être accepté, ce qui doit être
                    refusé, et comment déclarer une offre ;</li>
                    <li>les conflits d'intérêts, y compris les liens familiaux avec des opérateurs,
                    commissionnaires ou transporteurs ;</li>
                    <li>les déclarations de patrimoine et d'intérêts lorsque la loi les prévoit ;</li>
                    <li>les activités extérieures, l'activité politique et l'usage des informations
                    officielles ;</li>
                    <li>le traitement du public : courtoisie, impartialité, absence de discrimination ;</li>
                    <li>à qui demander conseil, et comment signaler un manquement.</li>
                    </ul>
                    <h2>Cadeaux et invitations</h2>
                    <p>Les codes tracent en général la limite au même endroit : tout ce qui est offert en raison
                    de votre fonction, par quelqu'un dont vous traitez les affaires, est refusé, quelle que soit
                    sa valeur. Les objets de valeur symbolique, comme un calendrier, peuvent être admis mais se
                    déclarent lorsque le code le prévoit. Espèces, bons d'achat et faveurs pour des proches ne
                    sont jamais acceptables. Une règle publiée facilite aussi le refus : vous pouvez dire « je
                    n'en ai pas le droit » au lieu de débattre de votre choix personnel.</p>
                    <h2>Faire vivre le code</h2>
                    <p>Les agents doivent participer à sa rédaction, le signer et y être formés avec des
                    exemples tirés de leur travail. Les responsables doivent se l'appliquer en premier. Les
                    manquements doivent entraîner des sanctions fixées à l'avance et appliquées de façon
                    cohérente. En cas de doute, le test le plus simple : seriez-vous à l'aise pour expliquer
                    votre geste à votre chef, à vos collègues et au public ?</p>
                """),
                callout(
                    "En cas de doute",
                    "<p>Demandez avant d'agir : votre code désigne une personne ou un service qui peut vous "
                    "conseiller. Déclarer une offre vous protège, même quand vous la refusez.</p>",
                    tone="tip",
                ),
                scenario(
                    "Une invitation au mariage",
                    """<p>Un transitaire dont vous traitez les déclarations chaque semaine vous invite, avec
                    votre famille, au banquet de mariage de sa fille.</p>""",
                    "Que devez-vous faire ?",
                    [
                        (
                            "Vous y allez : c'est une fête de famille, pas une affaire professionnelle.",
                            False,
                            "La relation existe à cause de votre poste, et les déclarations du transitaire "
                            "passent entre vos mains. Accepter crée au moins l'apparence d'un conflit "
                            "d'intérêts.",
                        ),
                        (
                            "Vous consultez le code de conduite, déclinez poliment ou demandez conseil, et "
                            "déclarez l'invitation comme le code l'exige.",
                            True,
                            "Exact. Le code et le conseiller en intégrité vous disent où passe la limite ; "
                            "déclarer l'invitation vous protège quelle que soit l'issue.",
                        ),
                        (
                            "Vous acceptez, mais demandez à un collègue de traiter ses déclarations pendant un temps.",
                            False,
                            "Réattribuer des dossiers fait parfois partie de la gestion d'un conflit "
                            "d'intérêts, mais c'est à votre responsable d'en décider, après votre déclaration.",
                        ),
                    ],
                ),
                key_takeaways(
                    [
                        "Un bon code de conduite est pratique et parle de situations douanières réelles.",
                        "Il couvre les cadeaux, les conflits d'intérêts, les déclarations et le traitement du public.",
                        "Le personnel participe à sa rédaction, le signe et y est formé ; les sanctions sont "
                        "fixées et appliquées.",
                    ],
                ),
            ],
        },
        {
            "key_factor": 8,
            "title": "Gestion des ressources humaines",
            "slug": "gestion-des-ressources-humaines",
            "introduction": """
                La façon dont les agents sont recrutés, rémunérés, affectés, formés et promus façonne leur
                intégrité. Cette leçon présente les pratiques qui récompensent l'honnêteté et réduisent la
                tentation.
            """,
            "estimated_minutes": 12,
            "body": [
                rich_text("""
                    <h2>Du recrutement à la retraite</h2>
                    <p>L'intégrité dépend des personnes, et les personnes sont façonnées par la manière dont
                    elles sont gérées. La Déclaration d'Arusha révisée demande aux administrations d'appliquer
                    de bonnes pratiques de ressources humaines tout au long de la carrière.</p>
                    <ul>
                    <li><b>Recrutement et promotion au mérite</b>, par concours ouvert et sur critères publiés,
                    avec des vérifications pour les postes sensibles. Un poste obtenu contre paiement ou par
                    relations sera probablement utilisé pour rentabiliser l'investissement.</li>
                    <li><b>Une rémunération</b> qui permet aux agents et à leur famille de vivre décemment. Un
                    bon salaire ne garantit pas l'intégrité, mais un salaire bien trop bas fait passer la
                    corruption pour une nécessité.</li>
                    <li><b>La rotation</b> du personnel dans les postes à risque, à intervalles raisonnables et
                    selon des règles transparentes, pour que personne ne tisse un réseau incontrôlé avec les
                    mêmes opérateurs.</li>
                    <li><b>La formation</b> à l'intégrité dès l'intégration, avec des remises à niveau et des
                    cas pratiques, et une formation propre aux cadres.</li>
                    <li><b>Une évaluation</b> qui valorise l'intégrité et le service autant que les recettes,
                    et reconnaît ceux qui agissent bien.</li>
                    <li><b>Une discipline équitable</b>, avec des procédures claires et des sanctions
                    cohérentes.</li>
                    </ul>
                    <h2>Des affectations qui ne s'achètent pas</h2>
                    <p>Dans certaines administrations, les postes lucratifs se « vendent » officieusement. Des
                    règles d'affectation transparentes, des vacances de poste publiées et des décisions prises
                    par des comités plutôt que par une seule personne ferment ce marché. Les déclarations de
                    patrimoine, lorsque la loi les prévoit, aident à repérer un enrichissement que les salaires
                    n'expliquent pas.</p>
                """),
                scenario(
                    "Une mutation contre paiement",
                    """<p>Un collègue haut placé vous dit qu'il peut obtenir votre mutation dans un poste
                    frontière très actif, où « il y a plus à gagner », en échange d'un paiement.</p>""",
                    "Que faites-vous ?",
                    [
                        (
                            "Vous refusez et signalez la proposition par le canal prévu.",
                            True,
                            "Exact. Vendre des affectations corrompt toute la chaîne : celui qui paie compte se "
                            "rembourser à la frontière. Signaler aide à fermer ce marché.",
                        ),
                        (
                            "Vous payez : tout le monde le fait, et vous ne seriez pas promu autrement.",
                            False,
                            "Payer vous rend complice et vous place sous le contrôle du vendeur. La réponse, ce "
                            "sont des procédures d'affectation transparentes, et elles ont besoin de "
                            "signalements.",
                        ),
                        (
                            "Vous refusez, mais gardez cela pour vous pour éviter les ennuis.",
                            False,
                            "Refuser est bien ; se taire laisse le système continuer pour le suivant. Les "
                            "signalements de bonne foi sont protégés.",
                        ),
                    ],
                ),
                key_takeaways(
                    [
                        "Le recrutement et la promotion au mérite, sur critères publiés, viennent en premier.",
                        "Un salaire décent, la rotation dans les postes à risque et la formation réduisent la "
                        "tentation.",
                        "L'évaluation doit valoriser l'intégrité, et la discipline doit être équitable.",
                    ],
                ),
            ],
        },
        {
            "key_factor": 9,
            "title": "Moral et culture organisationnelle",
            "slug": "moral-et-culture-organisationnelle",
            "introduction": """
                La corruption prospère là où le moral est bas et où l'on se sent traité injustement. Cette
                leçon porte sur un milieu de travail où les agents sont fiers de leur métier et osent parler.
            """,
            "estimated_minutes": 10,
            "body": [
                rich_text("""
                    <h2>Pourquoi la culture compte</h2>
                    <p>Les règles disent ce qu'il faut faire ; la culture décide de ce que l'on fait quand
                    personne ne regarde. Dans une administration où les agents se sentent dévalorisés, où les
                    promotions semblent injustes et où « tout le monde le fait » sert d'excuse, même de bonnes
                    règles sont ignorées. Là où les agents sont fiers de leur service, font confiance à leurs
                    responsables et se sentent membres d'une équipe qui agit bien, la corruption devient
                    l'exception que les collègues eux-mêmes rejettent.</p>
                    <h2>Ce qui construit une culture d'intégrité</h2>
                    <ul>
                    <li>une mission claire que le personnel comprend et partage : protéger la société,
                    percevoir les recettes équitablement, faciliter le commerce légitime ;</li>
                    <li>un traitement équitable des affectations, des promotions et de la discipline, et perçu
                    comme tel ;</li>
                    <li>des responsables qui écoutent, expliquent leurs décisions et reconnaissent le bon
                    travail, pas seulement les recettes ;</li>
                    <li>des enquêtes régulières auprès du personnel, dont les résultats sont partagés et
                    suivis d'effets ;</li>
                    <li>l'association des agents à la conception des mesures d'intégrité, pour qu'ils se les
                    approprient ;</li>
                    <li>un environnement de travail respectueux : équipement, sécurité, charge de travail
                    raisonnable.</li>
                    </ul>
                    <h2>Le rôle de l'encadrement intermédiaire</h2>
                    <p>C'est chez les chefs d'équipe et de bureau que les valeurs de l'organisation rencontrent le
                    travail quotidien. Ils décident de qui prend quel service et quel poste, de qui est écouté et
                    de quelles erreurs sont pardonnées. Les former à gérer équitablement, à expliquer leurs
                    décisions et à traiter vite les inquiétudes fait plus pour la culture que n'importe quelle
                    campagne d'affichage.</p>
                    <h2>Parler, une habitude</h2>
                    <p>Dans une culture saine, exprimer une inquiétude est normal et sans danger. Les nouveaux
                    agents apprennent bien plus de leur entourage que des cours d'intégration : ce que disent
                    et tolèrent les collègues expérimentés fixe la vraie norme.</p>
                """),
                scenario(
                    "C'est normal ?",
                    """<p>Au guichet voyageurs, des collègues plaisantent : les petits « pourboires » des
                    voyageurs font partie du métier. Une nouvelle recrue, dans sa deuxième semaine, vous
                    demande discrètement si c'est normal.</p>""",
                    "Que lui répondez-vous ?",
                    [
                        (
                            "Vous lui dites que c'est sans importance : les sommes sont petites et les voyageurs "
                            "les offrent spontanément.",
                            False,
                            "Les petits paiements sont le début des grands, et ils apprennent aux nouveaux que "
                            "les règles ne s'appliquent pas. Votre réponse fixe sa norme.",
                        ),
                        (
                            "Vous lui dites clairement que ce n'est pas acceptable, expliquez pourquoi, et "
                            "soulevez cette habitude auprès de votre superviseur ou de l'unité d'intégrité.",
                            True,
                            "Exact. Elle apprend de vous la vraie norme, et la pratique est traitée comme une "
                            "question de management au lieu d'être laissée à chacun.",
                        ),
                        (
                            "Vous lui conseillez de faire profil bas et de ne pas s'en mêler.",
                            False,
                            "Le silence enseigne que la pratique est tolérée. Les nouveaux agents sont les plus "
                            "faciles à influencer, en bien comme en mal.",
                        ),
                    ],
                ),
                key_takeaways(
                    [
                        "La culture décide de ce que l'on fait quand personne ne regarde.",
                        "Traitement équitable, reconnaissance et écoute construisent la fierté et la confiance.",
                        "Les collègues expérimentés fixent la vraie norme pour les nouveaux agents.",
                    ],
                ),
            ],
        },
        {
            "key_factor": 10,
            "title": "Relations avec le secteur privé",
            "slug": "relations-avec-le-secteur-prive",
            "introduction": """
                La corruption en douane a toujours deux côtés. Cette leçon montre comment un partenariat ouvert
                et responsable avec les opérateurs et leurs associations fait de l'intégrité un engagement
                partagé.
            """,
            "estimated_minutes": 10,
            "body": [
                rich_text("""
                    <h2>Les deux côtés de chaque pot-de-vin</h2>
                    <p>Pour chaque agent qui accepte un pot-de-vin, quelqu'un l'offre ou le paie. La Déclaration
                    d'Arusha révisée demande donc à la douane de bâtir avec le secteur privé une relation
                    ouverte, transparente et productive, dans laquelle opérateurs, commissionnaires et
                    transporteurs assument leur part de responsabilité pour l'intégrité.</p>
                    <h2>Les outils du partenariat</h2>
                    <ul>
                    <li><b>des protocoles d'accord</b> avec les associations professionnelles, par lesquels les
                    deux parties s'engagent pour l'intégrité et contre la contrebande et la corruption ;</li>
                    <li><b>des comités consultatifs</b> où douane et commerce discutent ouvertement des
                    procédures et des problèmes, avant tout changement ;</li>
                    <li><b>des codes de conduite pour les commissionnaires</b> et autres intermédiaires agréés,
                    avec des agréments retirés en cas de manquement ;</li>
                    <li><b>des canaux de plainte et de signalement</b> que les opérateurs peuvent utiliser sans
                    risque, y compris pour signaler des demandes de paiement ;</li>
                    <li><b>des campagnes communes</b> qui disent au public ce que coûtent les services
                    douaniers (souvent rien) et comment signaler un abus.</li>
                    </ul>
                    <h2>Les intermédiaires agréés</h2>
                    <p>Commissionnaires et transitaires se tiennent entre les opérateurs et les agents, ce qui leur
                    permet de relayer, voire d'inventer, des demandes de paiement. Les conditions d'agrément
                    doivent comporter des exigences d'intégrité, et un commissionnaire doit pouvoir signaler une
                    demande abusive sans perdre son activité auprès de la douane. Publier la liste des
                    commissionnaires agréés indique aussi aux opérateurs à qui ils ont affaire.</p>
                    <h2>La prévisibilité, meilleure incitation</h2>
                    <p>La plupart des opérateurs paient pour éviter les retards et l'incertitude, pas pour
                    frauder. Quand les procédures sont prévisibles et rapides, la raison commerciale de payer
                    disparaît, et les entreprises respectables deviennent les meilleures alliées de la
                    réforme.</p>
                """),
                scenario(
                    "Un barème officieux",
                    """<p>Lors d'une réunion du comité consultatif, le représentant d'une association
                    professionnelle propose un « barème officieux de frais de facilitation » pour que les
                    membres sachent d'avance combien payer pour un dédouanement plus rapide.</p>""",
                    "Que doit proposer la douane à la place ?",
                    [
                        (
                            "Accepter : au moins les paiements seraient prévisibles et répartis équitablement.",
                            False,
                            "Une corruption organisée reste de la corruption, et elle enracinerait les retards "
                            "qu'elle prétend résoudre. La prévisibilité doit venir des procédures elles-mêmes.",
                        ),
                        (
                            "Refuser, et proposer un protocole d'accord avec des normes de service, un canal de "
                            "plainte et l'engagement des deux parties à signaler toute demande de paiement.",
                            True,
                            "Exact. Des normes publiées et un engagement commun répondent à la vraie "
                            "préoccupation des opérateurs, les délais, et rendent toute demande abusive "
                            "signalable.",
                        ),
                        (
                            "Ne rien dire en réunion et en parler plus tard, de façon informelle.",
                            False,
                            "Le silence dans une réunion officielle peut passer pour un accord. Rejetez l'idée "
                            "ouvertement et proposez l'alternative légale.",
                        ),
                    ],
                ),
                key_takeaways(
                    [
                        "Chaque pot-de-vin a deux côtés : le secteur privé partage la responsabilité de l'intégrité.",
                        "Protocoles d'accord, comités consultatifs et codes des commissionnaires construisent "
                        "le partenariat.",
                        "Des procédures rapides et prévisibles suppriment la raison commerciale de payer.",
                    ],
                ),
            ],
        },
    ]
)
