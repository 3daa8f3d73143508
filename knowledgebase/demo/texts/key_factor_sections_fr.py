"""Chapter 4 of the guide in French: one section per key factor, paired with `key_factor_sections_en`."""

from ..streams import checklist, rich_text


def key_factor_section(number, title, slug, introduction, why, good_practice, questions):
    return f"key-factor-{number}", {
        "title": title,
        "slug": slug,
        "introduction": introduction,
        "body": [
            rich_text(
                f"<h2>Pourquoi c'est important</h2>{why}<h2>À quoi ressemble une bonne pratique</h2>{good_practice}"
            ),
            checklist(f"Autoévaluation : {title[0].lower()}{title[1:]}", questions),
        ],
    }


KEY_FACTORS_CHAPTER_FR = {
    "title": "Les dix facteurs clés",
    "slug": "les-dix-facteurs-cles",
    "introduction": """
        Une section par facteur clé de la Déclaration d'Arusha révisée : pourquoi il compte, à quoi
        ressemble une bonne pratique, et les questions de l'autoévaluation.
    """,
    "body": [
        rich_text("""
            <p>Les facteurs clés se renforcent mutuellement. Lisez chaque section en gardant les autres à
            l'esprit : une réforme de la gestion des ressources humaines, par exemple, dépend du leadership,
            d'un code de conduite crédible et d'une fonction d'audit capable de détecter les abus.</p>
        """),
    ],
    "sections": dict(
        [
            key_factor_section(
                1,
                "Leadership et engagement",
                "leadership-et-engagement",
                "L'intégrité commence au sommet : des dirigeants qui montrent l'exemple, s'approprient le "
                "programme et lui donnent des moyens.",
                """
                <p>Le personnel observe ce que font ses dirigeants plus attentivement que ce qu'ils disent.
                Quand les hauts responsables acceptent des cadeaux, protègent leurs favoris ou ignorent les
                manquements, aucun code de conduite ne convaincra les agents que l'intégrité compte. Quand ils
                respectent visiblement les règles, soutiennent les agents honnêtes et sanctionnent les
                manquements, ils font de l'intégrité la façon normale de travailler.</p>
                """,
                """
                <ul>
                <li>Le chef de l'administration s'est publiquement engagé en faveur du programme
                d'intégrité et préside ou suit de près son comité de pilotage.</li>
                <li>Les hauts responsables déclarent leur patrimoine et leurs intérêts et sont soumis aux
                mêmes règles que tous.</li>
                <li>Des objectifs d'intégrité figurent dans les contrats de performance des
                responsables.</li>
                <li>Le programme dispose d'une ligne budgétaire et d'un personnel propres.</li>
                </ul>
                """,
                [
                    (
                        "Le chef de l'administration s'est-il engagé publiquement en faveur de l'intégrité au "
                        "cours de l'année écoulée ?",
                        "Discours, circulaires, stratégie publiée.",
                    ),
                    (
                        "Les hauts responsables déclarent-ils leur patrimoine et leurs conflits d'intérêts ?",
                        "Registres des déclarations et manière dont elles sont vérifiées.",
                    ),
                    (
                        "Les responsables sont-ils évalués sur des objectifs d'intégrité ?",
                        "Contrats de performance des hauts responsables.",
                    ),
                    (
                        "Le programme d'intégrité a-t-il son propre budget et son propre personnel ?",
                        "Documents budgétaires ; organigramme.",
                    ),
                ],
            ),
            key_factor_section(
                2,
                "Cadre réglementaire",
                "cadre-reglementaire",
                "Des règles claires, simples et harmonisées laissent moins de place au pouvoir "
                "d'appréciation, et donc aux abus.",
                """
                <p>Des règles complexes et ambiguës créent de l'incertitude pour les opérateurs et un pouvoir
                d'appréciation pour les agents. Chaque disposition obscure est un point où un agent peut
                décider, et où un opérateur peut être tenté, ou contraint, de payer pour obtenir une décision
                favorable. Les normes internationales comme la Convention de Kyoto révisée aident les
                administrations à simplifier et à harmoniser leurs procédures.</p>
                """,
                """
                <ul>
                <li>La législation et les procédures douanières sont codifiées, à jour et publiées
                intégralement.</li>
                <li>Les exonérations et les régimes particuliers sont peu nombreux, clairement définis et
                suivis.</li>
                <li>Les pouvoirs d'appréciation sont définis, limités et soumis à contrôle.</li>
                <li>Les sanctions sont proportionnées et figurent dans un barème publié.</li>
                </ul>
                """,
                [
                    (
                        "La législation douanière est-elle codifiée et accessible gratuitement ?",
                        "Site web de l'administration ; codes imprimés.",
                    ),
                    (
                        "Les pouvoirs d'appréciation des agents sont-ils définis par écrit ?",
                        "Manuels de procédures ; actes de délégation.",
                    ),
                    (
                        "Les procédures sont-elles alignées sur la Convention de Kyoto révisée ?",
                        "Analyse des écarts ; état de l'adhésion.",
                    ),
                    (
                        "Existe-t-il un barème publié des sanctions applicables aux infractions ?",
                        "Règlement des sanctions ; lignes directrices sur les transactions.",
                    ),
                ],
            ),
            key_factor_section(
                3,
                "Transparence",
                "transparence",
                "Des règles, des décisions et des normes de service publiées, avec le droit de faire réexaminer "
                "toute décision.",
                """
                <p>On ne peut pas faire valoir des droits que l'on ignore. Quand les tarifs, les procédures,
                les redevances et les normes de service sont publics, il est plus facile de refuser et de
                signaler un agent qui exige plus que ce que prévoient les règles. Quand les décisions peuvent
                faire l'objet d'un recours, les décisions arbitraires coûtent cher à ceux qui les
                prennent.</p>
                """,
                """
                <ul>
                <li>Les tarifs, les procédures, les formulaires et les redevances sont publiés en ligne et
                dans les postes frontières.</li>
                <li>Une charte de service fixe des normes, comme les délais de dédouanement, et les
                résultats sont publiés.</li>
                <li>Des renseignements préalables sur le classement, l'origine et la valeur sont disponibles
                et publiés.</li>
                <li>Il existe une procédure de recours administratif, indépendante de l'agent qui a décidé,
                suivie d'un accès aux tribunaux.</li>
                </ul>
                """,
                [
                    (
                        "Toutes les redevances et tous les frais sont-ils publiés, avec leur base légale ?",
                        "Site web ; avis affichés dans les bureaux.",
                    ),
                    (
                        "L'administration publie-t-elle ses normes de service et ses résultats au regard de "
                        "celles-ci ?",
                        "Charte de service ; rapport annuel.",
                    ),
                    (
                        "Les opérateurs peuvent-ils obtenir des renseignements préalables contraignants ?",
                        "Procédure de renseignement ; nombre de renseignements délivrés.",
                    ),
                    (
                        "Existe-t-il une voie de recours indépendante de l'agent qui a décidé ?",
                        "Procédure de recours ; statistiques des recours.",
                    ),
                ],
            ),
            key_factor_section(
                4,
                "Automatisation",
                "automatisation",
                "Le traitement électronique réduit les contacts directs et laisse une trace de chaque décision.",
                """
                <p>Chaque contact personnel entre un agent et un opérateur est une occasion de demande
                indue. Le dépôt électronique des déclarations, le paiement électronique et la sélection
                automatisée des contrôles suppriment beaucoup de ces contacts. Tout aussi important, les
                systèmes enregistrent qui a fait quoi et quand, de sorte que les décisions inhabituelles
                peuvent être détectées et expliquées.</p>
                """,
                """
                <ul>
                <li>Les déclarations sont déposées et traitées électroniquement, pièces justificatives
                comprises.</li>
                <li>Les droits et redevances sont payés électroniquement ; le paiement en espèces à la
                frontière est l'exception.</li>
                <li>La sélection pour contrôle est faite par le système de gestion des risques, et chaque
                dérogation manuelle est enregistrée avec son motif.</li>
                <li>Les journaux d'audit sont examinés régulièrement par une personne indépendante des
                utilisateurs.</li>
                </ul>
                """,
                [
                    (
                        "La plupart des déclarations sont-elles déposées et dédouanées électroniquement ?",
                        "Part des déclarations électroniques par bureau.",
                    ),
                    (
                        "Les droits peuvent-ils être payés sans espèces ?",
                        "Moyens de paiement ; part des paiements électroniques.",
                    ),
                    (
                        "Les sélections pour contrôle sont-elles faites par le système, dérogations journalisées ?",
                        "Rapports sur les dérogations.",
                    ),
                    (
                        "Quelqu'un examine-t-il les journaux d'audit du système ?",
                        "Rapports d'examen des journaux d'audit.",
                    ),
                ],
            ),
            key_factor_section(
                5,
                "Réforme et modernisation",
                "reforme-et-modernisation",
                "Des procédures modernes intègrent l'intégrité à la manière de travailler, au lieu d'ajouter "
                "des contrôles après coup.",
                """
                <p>Des procédures dépassées, avec de nombreuses étapes, signatures et pièces, multiplient
                les points où les marchandises peuvent être bloquées et les faveurs sollicitées. Une
                modernisation qui simplifie les procédures et concentre les contrôles sur les risques
                accélère le dédouanement des opérateurs en règle et réduit les occasions de
                corruption.</p>
                """,
                """
                <ul>
                <li>Les procédures sont cartographiées et simplifiées avant d'être automatisées.</li>
                <li>Les contrôles reposent sur le risque, avec des facilités pour les opérateurs en règle,
                par exemple au moyen de programmes d'opérateur économique agréé.</li>
                <li>Les risques pour l'intégrité sont examinés chaque fois qu'une nouvelle procédure ou un
                nouveau système est conçu.</li>
                <li>Le personnel est consulté sur les réformes et formé avant leur entrée en vigueur.</li>
                </ul>
                """,
                [
                    (
                        "Les principales procédures de dédouanement ont-elles été cartographiées et "
                        "simplifiées au cours des cinq dernières années ?",
                        "Cartographies des processus ; étude sur le temps nécessaire à la mainlevée.",
                    ),
                    (
                        "L'examen des risques pour l'intégrité fait-il partie de la conception des nouvelles "
                        "procédures ?",
                        "Documentation des projets.",
                    ),
                    (
                        "Les opérateurs en règle bénéficient-ils d'un traitement plus rapide ?",
                        "Programme d'opérateur économique agréé ; délais de dédouanement.",
                    ),
                ],
            ),
            key_factor_section(
                6,
                "Audit et enquêtes",
                "audit-et-enquetes",
                "Détecter les manquements et y donner suite, équitablement et sans ingérence, rend la prévention "
                "crédible.",
                """
                <p>La prévention ne fonctionne que si les manquements ont aussi des conséquences. L'audit
                interne vérifie que les procédures sont suivies et que les contrôles fonctionnent ; une
                fonction d'inspection ou d'enquête examine les manquements présumés. Toutes deux ont besoin
                d'indépendance, de compétences et du soutien de la direction.</p>
                """,
                """
                <ul>
                <li>L'audit interne rend compte au chef de l'administration et couvre les risques pour
                l'intégrité.</li>
                <li>Une unité d'enquête donne suite aux allégations, avec des pouvoirs et des procédures
                clairs qui respectent les droits du personnel.</li>
                <li>Le personnel et les opérateurs peuvent signaler les manquements en sécurité, y compris
                de façon anonyme, et les lanceurs d'alerte sont protégés.</li>
                <li>Des organes extérieurs, comme l'institution supérieure de contrôle, examinent
                régulièrement la douane.</li>
                </ul>
                """,
                [
                    (
                        "L'audit interne rend-il compte directement au chef de l'administration ?",
                        "Charte d'audit ; organigramme.",
                    ),
                    (
                        "Les allégations de manquement font-elles l'objet d'une enquête dans un délai fixé ?",
                        "Registre des affaires ; délai moyen de clôture.",
                    ),
                    (
                        "Existe-t-il un canal protégé pour signaler les manquements ?",
                        "Canal de signalement ; règles de protection des lanceurs d'alerte.",
                    ),
                    (
                        "Les résultats des enquêtes servent-ils à améliorer les procédures ?",
                        "Rapports sur les enseignements tirés.",
                    ),
                ],
            ),
            key_factor_section(
                7,
                "Code de conduite",
                "code-de-conduite",
                "Un code pratique que chaque agent connaît, signe et voit appliqué équitablement.",
                """
                <p>Un code de conduite dit aux agents ce que l'on attend d'eux dans les situations qu'ils
                rencontrent réellement : cadeaux, conflits d'intérêts, activités extérieures, usage de
                l'information, relations avec les opérateurs. Il protège les agents honnêtes en leur donnant
                une raison claire de refuser, et il donne aux responsables une base pour agir.</p>
                """,
                """
                <ul>
                <li>Le code est court, rédigé en langage clair et illustré de situations réelles.</li>
                <li>Chaque agent le reçoit, est formé à son contenu dès son entrée en fonction et signe
                qu'il l'a lu.</li>
                <li>Les cadeaux et les conflits d'intérêts sont déclarés dans un registre.</li>
                <li>Les manquements entraînent des sanctions proportionnées et cohérentes.</li>
                </ul>
                """,
                [
                    (
                        "Chaque agent a-t-il reçu et signé le code de conduite ?",
                        "Accusés de réception signés.",
                    ),
                    (
                        "Le code est-il abordé dans la formation initiale et continue ?",
                        "Programmes de formation et présences.",
                    ),
                    (
                        "Existe-t-il un registre des cadeaux et des conflits d'intérêts ?",
                        "Le registre et la manière dont il est vérifié.",
                    ),
                    (
                        "Les manquements au code sont-ils sanctionnés de façon cohérente ?",
                        "Décisions disciplinaires par type.",
                    ),
                ],
            ),
            key_factor_section(
                8,
                "Gestion des ressources humaines",
                "gestion-des-ressources-humaines",
                "Un recrutement, des affectations, une rémunération et des carrières qui récompensent "
                "l'intégrité et réduisent la tentation.",
                """
                <p>La manière dont les personnes sont recrutées, affectées, rémunérées et promues façonne
                leur comportement plus que n'importe quelle règle. Le recrutement par relations fait entrer
                des personnes qui doivent des faveurs. Les agents laissés des années à des postes lucratifs
                tissent des relations qui appellent la corruption. Une rémunération qui ne permet pas de
                vivre décemment rend les revenus informels tentants.</p>
                """,
                """
                <ul>
                <li>Le recrutement et la promotion reposent sur le mérite, avec des critères publiés et des
                vérifications d'intégrité.</li>
                <li>Les agents occupant des postes sensibles font l'objet d'une rotation selon une politique
                transparente.</li>
                <li>La rémunération est suffisante et équitable, et l'évaluation des performances tient
                compte de l'intégrité.</li>
                <li>La formation à l'intégrité fait partie de chaque étape de la carrière.</li>
                </ul>
                """,
                [
                    (
                        "Les postes vacants sont-ils publiés et pourvus par sélection concurrentielle ?",
                        "Procédures et dossiers de recrutement.",
                    ),
                    (
                        "Existe-t-il une politique de rotation pour les postes sensibles, et est-elle appliquée ?",
                        "Politique ; durées d'affectation aux postes sensibles.",
                    ),
                    (
                        "La rémunération permet-elle aux agents un niveau de vie décent ?",
                        "Grilles salariales comparées à celles d'organismes publics semblables.",
                    ),
                    (
                        "L'évaluation des performances tient-elle compte de l'intégrité ?",
                        "Formulaires d'évaluation.",
                    ),
                ],
            ),
            key_factor_section(
                9,
                "Moral et culture organisationnelle",
                "moral-et-culture-organisationnelle",
                "Des agents fiers de leur travail et traités équitablement sont la meilleure défense contre la "
                "corruption.",
                """
                <p>Là où les agents se sentent dévalorisés, traités injustement ou impuissants, la
                corruption est plus facile à justifier. Là où ils sont fiers du service, font confiance à
                leurs responsables et croient qu'il est utile de parler, ils résistent aux pressions et
                signalent les abus.</p>
                """,
                """
                <ul>
                <li>Les conditions de travail, les équipements et les locaux permettent aux agents de faire
                correctement leur travail.</li>
                <li>Les bonnes performances et l'intégrité sont reconnues publiquement.</li>
                <li>Des enquêtes auprès du personnel mesurent régulièrement le moral, et leurs résultats
                débouchent sur des actions.</li>
                <li>Les responsables écoutent le personnel et expliquent leurs décisions.</li>
                </ul>
                """,
                [
                    (
                        "Le moral du personnel est-il mesuré régulièrement ?",
                        "Résultats des enquêtes auprès du personnel dans le temps.",
                    ),
                    (
                        "Les agents sont-ils reconnus pour leur intégrité et la qualité de leur service ?",
                        "Systèmes de distinctions ; communication interne.",
                    ),
                    (
                        "Le personnel croit-il que signaler un manquement change quelque chose ?",
                        "Questions de l'enquête auprès du personnel sur le signalement.",
                    ),
                ],
            ),
            key_factor_section(
                10,
                "Relations avec le secteur privé",
                "relations-avec-le-secteur-prive",
                "Un partenariat ouvert et responsable avec les opérateurs et les commissionnaires, qui partagent "
                "la responsabilité de l'intégrité.",
                """
                <p>La corruption en douane a deux côtés. Les opérateurs et les commissionnaires qui paient
                pour accélérer le dédouanement ou réduire les droits entretiennent la pratique. Travailler
                avec eux, par des protocoles d'accord, la concertation et des engagements communs, les fait
                passer du côté du problème à celui de la solution.</p>
                """,
                """
                <ul>
                <li>Une concertation régulière avec les associations professionnelles sur les procédures et
                le service.</li>
                <li>Des protocoles d'accord par lesquels opérateurs et commissionnaires s'engagent à
                respecter des normes d'intégrité.</li>
                <li>Un agrément des commissionnaires en douane assorti d'exigences d'intégrité et de
                sanctions.</li>
                <li>Les opérateurs disposent d'un canal pour signaler les demandes de paiement et sont
                informés des suites.</li>
                </ul>
                """,
                [
                    (
                        "L'administration consulte-t-elle les associations professionnelles au moins deux "
                        "fois par an ?",
                        "Comptes rendus de réunions.",
                    ),
                    (
                        "Des protocoles d'accord sur l'intégrité ont-ils été signés avec des opérateurs ou "
                        "des commissionnaires ?",
                        "Protocoles signés et suivi.",
                    ),
                    (
                        "Les agréments des commissionnaires comportent-ils des obligations d'intégrité ?",
                        "Règles d'agrément ; agréments retirés.",
                    ),
                    (
                        "Les opérateurs sont-ils informés des suites données à leurs signalements ?",
                        "Procédure de traitement des plaintes.",
                    ),
                ],
            ),
        ]
    ),
}
