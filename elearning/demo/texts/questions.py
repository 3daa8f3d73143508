"""The final assessment's pool of fifteen questions, in English and French (Spanish in `questions_es`).

Which options are right lives once, outside the languages, so the two
versions cannot disagree; each language gives the wording in the same order.
"""

from home.demo.texts.typography import french_typography

from ...models import Scoring
from .questions_es import QUESTIONS_ES

QUESTIONS = [
    {
        "type": "single_choice",
        "correct": {1},
        "en": {
            "prompt": "Under the Revised Arusha Declaration, who holds the primary responsibility for preventing "
            "corruption in a customs administration?",
            "explanation": "The Declaration places primary responsibility on the head of customs and the executive "
            "management team: integrity programmes fail without visible commitment from the top.",
            "options": [
                (
                    "Each individual officer, on their own",
                    "Officers are responsible for their conduct, but the "
                    "Declaration gives the first responsibility for prevention to leadership.",
                ),
                ("The head of customs and the executive management team", "Right: leadership comes first."),
                (
                    "The national anti-corruption agency",
                    "Outside bodies help, but prevention inside customs is management's job.",
                ),
                ("The private sector", "Traders share responsibility, but not the primary one."),
            ],
        },
        "fr": {
            "prompt": "Selon la Déclaration d'Arusha révisée, à qui revient la responsabilité première de la "
            "prévention de la corruption dans une administration des douanes ?",
            "explanation": "La Déclaration confie la responsabilité première au directeur général et à l'équipe de "
            "direction : sans engagement visible au sommet, les programmes d'intégrité échouent.",
            "options": [
                (
                    "À chaque agent, individuellement",
                    "Les agents répondent de leur conduite, mais la Déclaration "
                    "confie d'abord la prévention à la direction.",
                ),
                (
                    "Au directeur général des douanes et à l'équipe de direction",
                    "Exact : la direction passe en premier.",
                ),
                (
                    "À l'agence nationale de lutte contre la corruption",
                    "Les organes extérieurs aident, mais la prévention au sein de la douane relève de la direction.",
                ),
                (
                    "Au secteur privé",
                    "Les opérateurs partagent la responsabilité, mais pas la responsabilité première.",
                ),
            ],
        },
    },
    {
        "type": "multiple_choice",
        "scoring": Scoring.PARTIAL,
        "correct": {0, 1, 3},
        "en": {
            "prompt": "Which of these show that leaders are genuinely committed to integrity? Select all that apply.",
            "explanation": "Commitment shows in resources, responsibilities and personal example, sustained over "
            "time; a one-off announcement delegated to others is not enough.",
            "options": [
                ("Giving the integrity programme its own staff and budget", "Yes: resources show priority."),
                ("Following the same rules on gifts as every officer", "Yes: example matters most."),
                (
                    "Announcing a campaign once and leaving it to a junior officer",
                    "No: commitment must be sustained and owned at the top.",
                ),
                (
                    "Making integrity an objective of the strategic plan",
                    "Yes: it becomes part of how performance is judged.",
                ),
            ],
        },
        "fr": {
            "prompt": "Lesquels de ces éléments montrent un engagement réel des dirigeants envers l'intégrité ? "
            "Cochez toutes les bonnes réponses.",
            "explanation": "L'engagement se voit dans les moyens, les responsabilités et l'exemple personnel, dans "
            "la durée ; une annonce ponctuelle déléguée à d'autres ne suffit pas.",
            "options": [
                (
                    "Donner au programme d'intégrité son propre personnel et son budget",
                    "Oui : les moyens montrent la priorité.",
                ),
                ("Suivre les mêmes règles sur les cadeaux que chaque agent", "Oui : l'exemple compte plus que tout."),
                (
                    "Annoncer une campagne une fois et la confier à un agent subalterne",
                    "Non : l'engagement doit durer et être porté au sommet.",
                ),
                (
                    "Faire de l'intégrité un objectif du plan stratégique",
                    "Oui : elle entre dans l'évaluation des résultats.",
                ),
            ],
        },
    },
    {
        "type": "true_false",
        "is_true": True,
        "en": {
            "prompt": "The WCO's Revised Kyoto Convention provides a model of simplified, harmonised customs "
            "procedures that reduces opportunities for corruption.",
            "explanation": "The Revised Arusha Declaration points to the Revised Kyoto Convention as the reference "
            "for simple, predictable procedures.",
            "feedback_if_true": "Right.",
            "feedback_if_false": "It is true: simpler, harmonised procedures leave less room for discretion.",
        },
        "fr": {
            "prompt": "La Convention de Kyoto révisée de l'OMD offre un modèle de procédures douanières simplifiées "
            "et harmonisées qui réduit les occasions de corruption.",
            "explanation": "La Déclaration d'Arusha révisée renvoie à la Convention de Kyoto révisée comme "
            "référence pour des procédures simples et prévisibles.",
            "feedback_if_true": "Exact.",
            "feedback_if_false": "C'est vrai : des procédures plus simples et harmonisées laissent moins de place "
            "à l'arbitraire.",
        },
    },
    {
        "type": "single_choice",
        "correct": {2},
        "en": {
            "prompt": "A regulation leaves officers wide discretion in setting penalties. What best reduces the "
            "integrity risk?",
            "explanation": "Discretion cannot always be removed, but published criteria, written reasons and a right "
            "of appeal make decisions consistent and checkable.",
            "options": [
                (
                    "Let senior officers decide every case",
                    "Moving discretion up the hierarchy does not make it transparent.",
                ),
                ("Abolish penalties altogether", "Penalties are needed; they should be proportionate and predictable."),
                ("Publish criteria, record the reasons for each decision and allow appeal", "Right."),
                (
                    "Keep the guidelines confidential so traders cannot game them",
                    "Secret rules invite negotiation; published ones let traders refuse improper demands.",
                ),
            ],
        },
        "fr": {
            "prompt": "Un règlement laisse aux agents une large marge pour fixer les sanctions. Qu'est-ce qui réduit "
            "le mieux le risque pour l'intégrité ?",
            "explanation": "On ne peut pas toujours supprimer le pouvoir d'appréciation, mais des critères publiés, "
            "des motifs écrits et un droit de recours rendent les décisions cohérentes et vérifiables.",
            "options": [
                (
                    "Laisser les cadres supérieurs trancher chaque cas",
                    "Déplacer le pouvoir d'appréciation vers le haut ne le rend pas transparent.",
                ),
                (
                    "Supprimer toute sanction",
                    "Les sanctions sont nécessaires ; elles doivent être proportionnées et prévisibles.",
                ),
                ("Publier des critères, consigner les motifs de chaque décision et permettre le recours", "Exact."),
                (
                    "Garder les lignes directrices confidentielles pour que les opérateurs ne les contournent pas",
                    "Des règles secrètes invitent à négocier ; publiées, elles permettent de refuser les demandes "
                    "abusives.",
                ),
            ],
        },
    },
    {
        "type": "multiple_choice",
        "scoring": Scoring.ALL_OR_NOTHING,
        "correct": {0, 1, 2},
        "en": {
            "prompt": "Which of these are transparency measures? Select all that apply.",
            "explanation": "Publishing rules, giving advance rulings and allowing appeals all make customs decisions "
            "predictable and open to challenge. Secret instructions do the opposite.",
            "options": [
                ("Publishing regulations and procedures online", "Yes."),
                ("Issuing advance rulings on classification and origin", "Yes."),
                ("A right of appeal against customs decisions", "Yes."),
                ("Keeping valuation instructions secret from traders", "No: secrecy creates room for negotiation."),
            ],
        },
        "fr": {
            "prompt": "Lesquelles de ces mesures relèvent de la transparence ? Cochez toutes les bonnes réponses.",
            "explanation": "Publier les règles, délivrer des renseignements contraignants et permettre les recours "
            "rendent les décisions prévisibles et contestables. Les instructions secrètes font l'inverse.",
            "options": [
                ("Publier en ligne les règlements et les procédures", "Oui."),
                ("Délivrer des renseignements contraignants sur le classement et l'origine", "Oui."),
                ("Un droit de recours contre les décisions de la douane", "Oui."),
                ("Garder secrètes les instructions sur la valeur", "Non : le secret crée une marge de négociation."),
            ],
        },
    },
    {
        "type": "true_false",
        "is_true": False,
        "en": {
            "prompt": "Automation removes every integrity risk, so automated processes need no further controls.",
            "explanation": "Automation moves risk: shared passwords, manual overrides and data changes need "
            "controls such as personal accounts, segregation of duties and reviewed audit logs.",
            "feedback_if_true": "Not so: systems create new opportunities that must be controlled.",
            "feedback_if_false": "Right.",
        },
        "fr": {
            "prompt": "L'automatisation supprime tout risque pour l'intégrité : les processus automatisés n'ont plus "
            "besoin de contrôles.",
            "explanation": "L'automatisation déplace le risque : mots de passe partagés, annulations manuelles et "
            "modifications de données demandent des contrôles comme les comptes personnels, la séparation des "
            "tâches et des journaux d'audit vérifiés.",
            "feedback_if_true": "Non : les systèmes créent de nouvelles occasions qu'il faut contrôler.",
            "feedback_if_false": "Exact.",
        },
    },
    {
        "type": "single_choice",
        "correct": {3},
        "en": {
            "prompt": "A colleague whose account is locked asks to use your login to release a waiting truck. What "
            "do you do?",
            "explanation": "Personal accounts make the audit trail meaningful: everything done under your login is "
            "your decision. The legitimate fix is to unlock the account or reassign the task.",
            "options": [
                (
                    "Lend it: the release is legitimate",
                    "Whatever is done with your login is recorded as your decision.",
                ),
                (
                    "Lend it, then change your password",
                    "Changing the password afterwards does not undo the actions taken in your name.",
                ),
                ("Release the truck yourself without checking", "You would be releasing goods you have not examined."),
                ("Refuse and help him reach IT or the supervisor", "Right."),
            ],
        },
        "fr": {
            "prompt": "Un collègue dont le compte est bloqué vous demande votre identifiant pour libérer un camion "
            "qui attend. Que faites-vous ?",
            "explanation": "Les comptes personnels donnent son sens à la piste d'audit : tout ce qui est fait avec "
            "votre identifiant est votre décision. La solution légitime : débloquer le compte ou réattribuer la "
            "tâche.",
            "options": [
                (
                    "Vous le prêtez : la mainlevée est légitime",
                    "Ce qui est fait avec votre identifiant est enregistré comme votre décision.",
                ),
                (
                    "Vous le prêtez, puis changez votre mot de passe",
                    "Changer le mot de passe après coup n'annule pas les actions faites en votre nom.",
                ),
                (
                    "Vous libérez le camion vous-même sans vérifier",
                    "Vous accorderiez la mainlevée de marchandises non examinées.",
                ),
                ("Vous refusez et l'aidez à joindre l'informatique ou le superviseur", "Exact."),
            ],
        },
    },
    {
        "type": "matching",
        "scoring": Scoring.PARTIAL,
        "points": 2,
        "en": {
            "prompt": "Match each practice with the key factor it mainly puts into practice.",
            "explanation": "Each practice serves several factors, but these are the main links described in the "
            "lessons.",
            "pairs": [
                ("Publishing tariffs and procedures online", "Transparency"),
                ("Electronic payment of duties", "Automation"),
                ("A memorandum of understanding with a traders' association", "Relationship with the Private Sector"),
                ("Rotating officers in high-risk posts", "Human Resource Management"),
            ],
        },
        "fr": {
            "prompt": "Associez chaque pratique au facteur clé qu'elle met principalement en œuvre.",
            "explanation": "Chaque pratique sert plusieurs facteurs, mais ce sont les liens principaux décrits dans "
            "les leçons.",
            "pairs": [
                ("Publier en ligne les tarifs et les procédures", "Transparence"),
                ("Le paiement électronique des droits", "Automatisation"),
                ("Un protocole d'accord avec une association d'opérateurs", "Relations avec le secteur privé"),
                ("La rotation des agents dans les postes à risque", "Gestion des ressources humaines"),
            ],
        },
    },
    {
        "type": "single_choice",
        "correct": {0},
        "en": {
            "prompt": "What does an internal investigation unit need most to be effective?",
            "explanation": "Investigators must be able to act without interference, have the skills and means for "
            "complex cases, and respect the rights of the people concerned.",
            "options": [
                ("Independence from line management, adequate resources and fair procedures", "Right."),
                (
                    "To report to the manager of the unit being investigated",
                    "That would expose investigations to interference.",
                ),
                (
                    "Powers to sanction without hearing the person concerned",
                    "Fair procedures protect the innocent and make sanctions stick.",
                ),
                (
                    "Secrecy about whether reports are ever followed up",
                    "People report only when they see that reports lead somewhere.",
                ),
            ],
        },
        "fr": {
            "prompt": "De quoi une unité d'enquête interne a-t-elle le plus besoin pour être efficace ?",
            "explanation": "Les enquêteurs doivent pouvoir agir sans ingérence, avoir les compétences et les moyens "
            "pour les affaires complexes, et respecter les droits des personnes concernées.",
            "options": [
                (
                    "D'indépendance vis-à-vis de la hiérarchie, de moyens suffisants et de procédures équitables",
                    "Exact.",
                ),
                (
                    "De rendre compte au chef du service qui fait l'objet de l'enquête",
                    "Les enquêtes seraient exposées aux ingérences.",
                ),
                (
                    "Du pouvoir de sanctionner sans entendre la personne concernée",
                    "Des procédures équitables protègent l'innocent et rendent les sanctions incontestables.",
                ),
                (
                    "Du secret sur les suites données aux signalements",
                    "On ne signale que si l'on voit que les signalements mènent quelque part.",
                ),
            ],
        },
    },
    {
        "type": "true_false",
        "is_true": True,
        "en": {
            "prompt": "People who report suspected corruption in good faith should be protected from retaliation.",
            "explanation": "Most corruption is known to someone nearby; protection and visible follow-up are what "
            "make people speak up.",
            "feedback_if_true": "Right.",
            "feedback_if_false": "It is true: without protection, people stay silent.",
        },
        "fr": {
            "prompt": "Les personnes qui signalent de bonne foi des soupçons de corruption doivent être protégées "
            "contre les représailles.",
            "explanation": "La plupart des actes de corruption sont connus de quelqu'un à proximité ; la protection "
            "et des suites visibles libèrent la parole.",
            "feedback_if_true": "Exact.",
            "feedback_if_false": "C'est vrai : sans protection, on se tait.",
        },
    },
    {
        "type": "single_choice",
        "correct": {1},
        "en": {
            "prompt": "A freight forwarder whose declarations you process invites your family to his daughter's "
            "wedding. What should you do first?",
            "explanation": "The relationship exists because of your job. The code of conduct and the integrity "
            "adviser tell you where the line is, and declaring the invitation protects you.",
            "options": [
                (
                    "Accept: it is a family occasion",
                    "The invitation arises from your job: at least the appearance of a conflict of interest.",
                ),
                ("Check the code of conduct, seek advice and declare the invitation", "Right."),
                ("Accept and tell nobody", "Hiding it turns an awkward situation into a breach."),
                (
                    "Stop processing his declarations without telling anyone",
                    "Managing a conflict of interest is decided with your manager, after declaring it.",
                ),
            ],
        },
        "fr": {
            "prompt": "Un transitaire dont vous traitez les déclarations invite votre famille au mariage de sa "
            "fille. Que devez-vous faire d'abord ?",
            "explanation": "La relation existe à cause de votre poste. Le code de conduite et le conseiller en "
            "intégrité vous disent où passe la limite, et déclarer l'invitation vous protège.",
            "options": [
                (
                    "Accepter : c'est une fête de famille",
                    "L'invitation vient de votre poste : il y a au moins l'apparence d'un conflit d'intérêts.",
                ),
                ("Consulter le code de conduite, demander conseil et déclarer l'invitation", "Exact."),
                ("Accepter sans en parler à personne", "Le cacher transforme une situation délicate en manquement."),
                (
                    "Cesser de traiter ses déclarations sans rien dire",
                    "La gestion d'un conflit d'intérêts se décide avec votre responsable, après déclaration.",
                ),
            ],
        },
    },
    {
        "type": "multiple_choice",
        "scoring": Scoring.PARTIAL,
        "correct": {0, 1, 2},
        "en": {
            "prompt": "Which human resource practices support integrity? Select all that apply.",
            "explanation": "Merit, decent pay and rotation reduce temptation and unchecked relationships; "
            "promotion through connections rewards the wrong things.",
            "options": [
                ("Recruitment on merit through open competition", "Yes."),
                ("Rotation of staff in high-risk posts", "Yes."),
                ("Pay that allows a decent standard of living", "Yes."),
                (
                    "Promotion based on personal connections",
                    "No: posts obtained through connections or payment are used to recover the investment.",
                ),
            ],
        },
        "fr": {
            "prompt": "Quelles pratiques de ressources humaines soutiennent l'intégrité ? Cochez toutes les bonnes "
            "réponses.",
            "explanation": "Le mérite, un salaire décent et la rotation réduisent la tentation et les relations "
            "incontrôlées ; la promotion par relations récompense les mauvais comportements.",
            "options": [
                ("Le recrutement au mérite par concours ouvert", "Oui."),
                ("La rotation du personnel dans les postes à risque", "Oui."),
                ("Un salaire permettant de vivre décemment", "Oui."),
                (
                    "La promotion fondée sur les relations personnelles",
                    "Non : un poste obtenu par relations ou contre paiement sert à rentabiliser l'investissement.",
                ),
            ],
        },
    },
    {
        "type": "single_choice",
        "correct": {2},
        "en": {
            "prompt": "A staff survey shows low morale and a feeling that promotions are unfair. Which response "
            "does most for integrity?",
            "explanation": "Culture improves when people are treated fairly, listened to and recognised; results "
            "must be shared and acted upon.",
            "options": [
                ("Keep the results confidential to avoid unrest", "Hiding results destroys trust in the next survey."),
                (
                    "Remind staff of the sanctions for misconduct",
                    "Sanctions matter, but they do not answer a sense of unfairness.",
                ),
                ("Share the results, publish promotion criteria and act on the findings with staff", "Right."),
                ("Stop running surveys", "Without listening, managers cannot see the problems."),
            ],
        },
        "fr": {
            "prompt": "Une enquête auprès du personnel révèle un moral bas et un sentiment d'injustice dans les "
            "promotions. Quelle réponse sert le mieux l'intégrité ?",
            "explanation": "La culture s'améliore quand chacun est traité équitablement, écouté et reconnu ; les "
            "résultats doivent être partagés et suivis d'effets.",
            "options": [
                (
                    "Garder les résultats confidentiels pour éviter les tensions",
                    "Cacher les résultats détruit la confiance dans la prochaine enquête.",
                ),
                (
                    "Rappeler au personnel les sanctions en cas de manquement",
                    "Les sanctions comptent, mais ne répondent pas à un sentiment d'injustice.",
                ),
                ("Partager les résultats, publier les critères de promotion et agir avec le personnel", "Exact."),
                ("Ne plus faire d'enquêtes", "Sans écoute, la direction ne voit pas les problèmes."),
            ],
        },
    },
    {
        "type": "matching",
        "scoring": Scoring.ALL_OR_NOTHING,
        "en": {
            "prompt": "Match each situation with the key factor most directly at stake.",
            "explanation": "Missing public information is a transparency problem, unclear promotions a human "
            "resource one, and unreviewed override logs an audit one.",
            "pairs": [
                ("A trader cannot find the list of required documents", "Transparency"),
                ("Officers are promoted without published criteria", "Human Resource Management"),
                ("Nobody reviews the log of manual overrides", "Audit and Investigation"),
            ],
        },
        "fr": {
            "prompt": "Associez chaque situation au facteur clé le plus directement en jeu.",
            "explanation": "Une information publique manquante relève de la transparence, des promotions opaques "
            "des ressources humaines, et des journaux d'annulation non vérifiés de l'audit.",
            "pairs": [
                ("Un opérateur ne trouve pas la liste des documents exigés", "Transparence"),
                ("Des agents sont promus sans critères publiés", "Gestion des ressources humaines"),
                ("Personne ne vérifie le journal des annulations manuelles", "Audit et enquêtes"),
            ],
        },
    },
    {
        "type": "single_choice",
        "correct": {0},
        "en": {
            "prompt": "Why should procedures be simplified before they are automated?",
            "explanation": "A system automates the procedure it is given: complexity and discretion put online "
            "remain complexity and discretion.",
            "options": [
                ("Automating a complex procedure keeps its opportunities for discretion and delay", "Right."),
                ("Simple procedures do not need computers", "Simple procedures benefit from automation too."),
                (
                    "Automation is cheaper when procedures are complex",
                    "Complexity makes systems costlier to build and maintain.",
                ),
                ("It does not matter in which order it is done", "The order matters: simplify first."),
            ],
        },
        "fr": {
            "prompt": "Pourquoi faut-il simplifier les procédures avant de les automatiser ?",
            "explanation": "Un système automatise la procédure qu'on lui confie : la complexité et l'arbitraire mis "
            "en ligne restent complexité et arbitraire.",
            "options": [
                ("Automatiser une procédure complexe conserve ses occasions d'arbitraire et de retard", "Exact."),
                (
                    "Les procédures simples n'ont pas besoin d'informatique",
                    "Les procédures simples gagnent aussi à être automatisées.",
                ),
                (
                    "L'automatisation coûte moins cher quand les procédures sont complexes",
                    "La complexité rend les systèmes plus coûteux à construire et à maintenir.",
                ),
                ("L'ordre n'a pas d'importance", "L'ordre compte : simplifier d'abord."),
            ],
        },
    },
]

QUESTIONS = [
    {**question, "fr": french_typography(question["fr"]), "es": spanish}
    for question, spanish in zip(QUESTIONS, QUESTIONS_ES, strict=True)
]
