"""The catalogue, course and assessment pages in English, French and Spanish."""

from home.demo.texts.typography import french_typography

from ..streams import callout, rich_text

CATALOGUE = {
    "en": {
        "title": "Courses",
        "slug": "courses",
        "search_description": "Integrity e-learning for customs officers, with certificates anyone can verify.",
        "introduction": """
            Self-paced modules for customs officers, built around the ten key factors of the Revised Arusha
            Declaration. Enrol for free, learn at your own pace and earn a certificate anyone can verify.
        """,
    },
    "fr": french_typography(
        {
            "title": "Cours",
            "slug": "cours",
            "search_description": "Formation en ligne à l'intégrité pour les agents des douanes, avec des "
            "certificats vérifiables par tous.",
            "introduction": """
                Des modules à suivre à votre rythme, conçus pour les agents des douanes autour des dix facteurs
                clés de la Déclaration d'Arusha révisée. Inscription gratuite, certificat vérifiable par tous.
            """,
        }
    ),
    "es": {
        "title": "Cursos",
        "slug": "cursos",
        "search_description": "Formación en línea sobre integridad para funcionarios de aduanas.",
        "introduction": """
            Módulos a su propio ritmo para funcionarios de aduanas, organizados en torno a los diez factores
            clave de la Declaración de Arusha revisada. Inscripción gratuita, aprendizaje a su ritmo y un
            certificado que cualquiera puede verificar.
        """,
    },
}

COURSE = {
    "en": {
        "title": "Integrity in Customs: the Revised Arusha Declaration",
        "slug": "integrity-in-customs",
        "search_description": "A ten-lesson introduction to customs integrity and the Revised Arusha Declaration.",
        "introduction": """
            A practical introduction to integrity in customs: the ten key factors of the Revised Arusha
            Declaration, one lesson each, with workplace scenarios and a final assessment.
        """,
        "overview": [
            rich_text("""
                <p>Customs officers make decisions every day that affect revenue, security and trade, often
                under time pressure and with some room for judgement. This module shows how a customs
                administration can reduce the opportunities and the pressures that lead to corruption, and
                what each officer can do in the situations they actually meet.</p>
                <p>The module follows the Revised Arusha Declaration, adopted by the World Customs
                Organization in 1993 and revised in 2003. Each of its ten key factors has a lesson with
                teaching text, a scenario in which you choose what to do and get feedback, and the key points
                to remember. A final assessment of ten questions, drawn from a larger pool, checks what you
                have learned.</p>
            """),
            callout(
                "How this module works",
                "<p>Lessons open one after the other. Mark each lesson complete to open the next. You may take "
                "the final assessment up to three times; you need 70% to pass and receive your certificate.</p>",
                tone="tip",
            ),
        ],
        "learning_objectives": [
            "Explain the ten key factors of the Revised Arusha Declaration and how they reinforce each other.",
            "Recognise situations at work that carry a risk of corruption.",
            "Choose the right response to an improper offer or instruction, and know where to report it.",
            "Describe measures an administration can take to reduce opportunities for corruption.",
        ],
    },
    "fr": french_typography(
        {
            "title": "L'intégrité en douane : la Déclaration d'Arusha révisée",
            "slug": "integrite-en-douane",
            "search_description": "Une introduction en dix leçons à l'intégrité en douane et à la Déclaration "
            "d'Arusha révisée.",
            "introduction": """
                Une introduction pratique à l'intégrité en douane : les dix facteurs clés de la Déclaration
                d'Arusha révisée, une leçon chacun, avec des mises en situation et une évaluation finale.
            """,
            "overview": [
                rich_text("""
                    <p>Les agents des douanes prennent chaque jour des décisions qui touchent les recettes, la
                    sécurité et le commerce, souvent dans l'urgence et avec une marge d'appréciation. Ce module
                    montre comment une administration douanière peut réduire les occasions et les pressions qui
                    mènent à la corruption, et ce que chaque agent peut faire dans les situations qu'il
                    rencontre réellement.</p>
                    <p>Le module suit la Déclaration d'Arusha révisée, adoptée par l'Organisation mondiale des
                    douanes en 1993 et révisée en 2003. Chacun de ses dix facteurs clés fait l'objet d'une
                    leçon avec un texte d'enseignement, une mise en situation où vous choisissez quoi faire et
                    recevez un retour, et les points clés à retenir. Une évaluation finale de dix questions,
                    tirées d'une banque plus large, vérifie vos acquis.</p>
                """),
                callout(
                    "Comment fonctionne ce module",
                    "<p>Les leçons s'ouvrent l'une après l'autre. Marquez chaque leçon comme terminée pour "
                    "ouvrir la suivante. Vous pouvez passer l'évaluation finale jusqu'à trois fois ; il faut "
                    "70 % pour réussir et recevoir votre certificat.</p>",
                    tone="tip",
                ),
            ],
            "learning_objectives": [
                "Expliquer les dix facteurs clés de la Déclaration d'Arusha révisée et leurs liens.",
                "Reconnaître les situations de travail qui comportent un risque de corruption.",
                "Choisir la bonne réponse à une offre ou une instruction abusive, et savoir où la signaler.",
                "Décrire les mesures qu'une administration peut prendre pour réduire les occasions de corruption.",
            ],
        }
    ),
    "es": {
        "title": "La integridad en las aduanas: la Declaración de Arusha revisada",
        "slug": "integridad-en-las-aduanas",
        "search_description": "Una introducción en diez lecciones a la integridad en las aduanas y a la Declaración "
        "de Arusha revisada.",
        "introduction": """
            Una introducción práctica a la integridad en las aduanas: los diez factores clave de la Declaración
            de Arusha revisada, una lección para cada uno, con escenarios de trabajo y una evaluación final.
        """,
        "overview": [
            rich_text("""
                <p>Los funcionarios de aduanas toman cada día decisiones que afectan a la recaudación, la
                seguridad y el comercio, a menudo con prisas y con cierto margen de criterio. Este módulo
                muestra cómo una administración de aduanas puede reducir las oportunidades y las presiones que
                llevan a la corrupción, y qué puede hacer cada funcionario en las situaciones que realmente
                encuentra.</p>
                <p>El módulo sigue la Declaración de Arusha revisada, adoptada por la Organización Mundial de
                Aduanas en 1993 y revisada en 2003. Cada uno de sus diez factores clave tiene una lección con
                un texto didáctico, un escenario en el que usted elige qué hacer y recibe comentarios, y los
                puntos clave que recordar. Una evaluación final de diez preguntas, extraídas de un banco más
                amplio, comprueba lo que ha aprendido.</p>
            """),
            callout(
                "Cómo funciona este módulo",
                "<p>Las lecciones se abren una tras otra. Marque cada lección como completada para abrir la "
                "siguiente. Puede hacer la evaluación final hasta tres veces; necesita un 70 % para aprobar y "
                "recibir su certificado.</p>",
                tone="tip",
            ),
        ],
        "learning_objectives": [
            "Explicar los diez factores clave de la Declaración de Arusha revisada y cómo se refuerzan entre sí.",
            "Reconocer las situaciones de trabajo que conllevan un riesgo de corrupción.",
            "Elegir la respuesta adecuada ante una oferta o una instrucción indebida, y saber dónde denunciarla.",
            "Describir medidas que una administración puede tomar para reducir las oportunidades de corrupción.",
        ],
    },
}

ASSESSMENT = {
    "en": {
        "title": "Final assessment",
        "slug": "final-assessment",
        "introduction": """
            Ten questions drawn at random from a pool of fifteen, covering all ten key factors. You have
            30 minutes and three attempts; the pass mark is 70%. After each attempt you see your score;
            the answers and explanations appear once you pass or have used all your attempts.
        """,
    },
    "fr": french_typography(
        {
            "title": "Évaluation finale",
            "slug": "evaluation-finale",
            "introduction": """
                Dix questions tirées au hasard d'une banque de quinze, couvrant les dix facteurs clés. Vous
                disposez de 30 minutes et de trois tentatives ; il faut 70 % pour réussir. Après chaque
                tentative, vous voyez votre score ; les réponses et les explications apparaissent quand vous
                avez réussi ou épuisé vos tentatives.
            """,
        }
    ),
    "es": {
        "title": "Evaluación final",
        "slug": "evaluacion-final",
        "introduction": """
            Diez preguntas extraídas al azar de un banco de quince, que abarcan los diez factores clave. Tiene
            30 minutos y tres intentos; la nota para aprobar es del 70 %. Después de cada intento verá su
            puntuación; las respuestas y las explicaciones aparecen cuando apruebe o haya agotado sus intentos.
        """,
    },
}
