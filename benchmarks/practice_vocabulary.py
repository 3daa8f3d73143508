"""Words and sentence patterns the synthetic practices are written from, in English, French and Spanish.

The topics are the ones customs integrity practices are about (the Revised
Arusha Declaration key factors), each with several wordings per language, so
a synthetic corpus has what makes search hard on the real one: synonyms
spread over records, accents, three languages, English tags on every record.
Patterns take `{topic}`, `{place}`, `{risk}`, `{unit}`, `{number}`,
`{before}`, `{after}`, `{months}`, `{years}` and `{country}`.
"""

# (English tags, key factors most relevant first, wordings per language)
TOPICS = (
    (
        ("staff rotation", "human resources"),
        (8, 1),
        {
            "en": ("staff rotation", "reassignment of officers", "tenure limits at sensitive posts", "a mobility plan"),
            "fr": ("la rotation du personnel", "la mutation périodique des agents", "un plan de mobilité"),
            "es": ("la rotación del personal", "el traslado periódico de funcionarios", "un plan de movilidad"),
        },
    ),
    (
        ("e-payment", "cash handling"),
        (4, 5),
        {
            "en": ("electronic payment of duties", "cashless payment", "mobile money payments", "online payment"),
            "fr": ("le paiement électronique des droits", "le télépaiement", "le paiement par mobile money"),
            "es": ("el pago electrónico de derechos", "el pago sin efectivo", "el pago en línea"),
        },
    ),
    (
        ("whistleblowing", "reporting channel"),
        (6, 7),
        {
            "en": ("a whistleblower hotline", "an anonymous reporting channel", "protected disclosures"),
            "fr": ("une ligne d'alerte anonyme", "la protection des lanceurs d'alerte", "un canal de signalement"),
            "es": ("una línea ética de denuncia", "la protección de denunciantes", "un canal de denuncia anónima"),
        },
    ),
    (
        ("cctv", "border posts"),
        (4, 6),
        {
            "en": ("CCTV coverage", "closed-circuit television", "body-worn cameras", "video monitoring"),
            "fr": ("la vidéosurveillance", "des caméras portatives", "la surveillance vidéo"),
            "es": ("la videovigilancia", "cámaras corporales", "el circuito cerrado de televisión"),
        },
    ),
    (
        ("asset declaration", "conflict of interest"),
        (7, 6),
        {
            "en": ("asset declarations", "declarations of interests", "lifestyle checks", "conflict of interest rules"),
            "fr": ("la déclaration de patrimoine", "les déclarations d'intérêts", "les conflits d'intérêts"),
            "es": ("la declaración patrimonial", "la declaración de intereses", "los conflictos de intereses"),
        },
    ),
    (
        ("code of conduct", "training"),
        (7, 9),
        {
            "en": ("the code of conduct", "ethics training", "integrity e-learning", "a gifts and hospitality policy"),
            "fr": ("le code de conduite", "la formation à l'éthique", "la politique relative aux cadeaux"),
            "es": ("el código de conducta", "la formación en ética", "la política de regalos"),
        },
    ),
    (
        ("risk management", "automation"),
        (4, 6),
        {
            "en": ("risk-based selectivity", "automated risk profiling", "random assignment of inspectors"),
            "fr": ("la sélectivité fondée sur le risque", "l'affectation aléatoire des vérificateurs"),
            "es": ("la selectividad basada en riesgo", "la asignación aleatoria de inspectores"),
        },
    ),
    (
        ("recruitment", "human resources"),
        (8, 2),
        {
            "en": ("merit-based recruitment", "integrity screening of applicants", "vetting of new officers"),
            "fr": ("le recrutement au mérite", "le contrôle d'intégrité des candidats"),
            "es": ("el reclutamiento por mérito", "la verificación de integridad de candidatos"),
        },
    ),
    (
        ("remuneration", "morale"),
        (8, 9),
        {
            "en": ("performance-linked pay", "a fair salary scale", "recognition awards for honest officers"),
            "fr": ("la rémunération liée à la performance", "la reconnaissance des agents intègres"),
            "es": ("la remuneración por desempeño", "el reconocimiento de funcionarios íntegros"),
        },
    ),
    (
        ("transparency", "publication"),
        (3, 2),
        {
            "en": ("published tariff rulings", "advance rulings online", "a public service charter"),
            "fr": ("la publication des décisions tarifaires", "une charte de service public"),
            "es": ("la publicación de resoluciones arancelarias", "una carta de servicios"),
        },
    ),
    (
        ("private sector", "memorandum of understanding"),
        (10, 3),
        {
            "en": ("an integrity pact with customs brokers", "a memorandum of understanding with traders"),
            "fr": ("un pacte d'intégrité avec les commissionnaires", "un protocole d'accord avec le secteur privé"),
            "es": (
                "un pacto de integridad con agentes de aduana",
                "un memorando de entendimiento con el sector privado",
            ),
        },
    ),
    (
        ("internal investigation", "audit"),
        (6, 1),
        {
            "en": ("an internal affairs unit", "post-clearance audit", "a case management system for investigations"),
            "fr": ("une inspection des services", "le contrôle a posteriori", "les enquêtes internes"),
            "es": (
                "una unidad de asuntos internos",
                "la auditoría posterior al despacho",
                "las investigaciones internas",
            ),
        },
    ),
    (
        ("leadership", "integrity plan"),
        (1, 5),
        {
            "en": ("an integrity action plan", "a senior integrity committee", "tone from the top"),
            "fr": ("un plan d'action pour l'intégrité", "un comité d'intégrité de haut niveau"),
            "es": ("un plan de acción de integridad", "un comité de integridad de alto nivel"),
        },
    ),
    (
        ("survey", "cips"),
        (3, 9),
        {
            "en": ("an integrity perception survey", "a staff integrity survey", "a client satisfaction survey"),
            "fr": ("une enquête de perception de l'intégrité", "un questionnaire aux usagers"),
            "es": ("una encuesta de percepción de integridad", "una encuesta a usuarios"),
        },
    ),
    (
        ("procurement", "audit"),
        (2, 6),
        {
            "en": ("procurement safeguards", "open tendering for equipment", "bid evaluation panels"),
            "fr": ("la transparence des marchés publics", "les appels d'offres ouverts"),
            "es": ("la transparencia en las compras públicas", "las licitaciones abiertas"),
        },
    ),
    (
        ("single window", "automation"),
        (4, 10),
        {
            "en": ("a national single window", "paperless clearance", "electronic release notices"),
            "fr": ("le guichet unique national", "le dédouanement sans papier"),
            "es": ("la ventanilla única", "el despacho sin papel"),
        },
    ),
)

PLACES = {
    "en": (
        "border posts",
        "the main seaport",
        "inland container depots",
        "the international airport",
        "land frontiers",
    ),
    "fr": ("les postes frontières", "le port principal", "les bureaux intérieurs", "l'aéroport international"),
    "es": ("los pasos fronterizos", "el puerto principal", "los depósitos interiores", "el aeropuerto internacional"),
}

RISKS = {
    "en": ("bribery", "facilitation payments", "collusion with clearing agents", "favouritism", "undeclared gifts"),
    "fr": ("la corruption", "les paiements de facilitation", "la collusion avec les transitaires", "le favoritisme"),
    "es": ("el soborno", "los pagos de facilitación", "la colusión con agentes", "el favoritismo"),
}

UNITS = {
    "en": ("The integrity unit", "The human resources directorate", "The ICT department", "A joint task force"),
    "fr": ("La cellule d'intégrité", "La direction des ressources humaines", "Le service informatique"),
    "es": ("La unidad de integridad", "La dirección de recursos humanos", "El departamento de informática"),
}

TITLES = {
    "en": (
        "{Topic} at {place} in {country}",
        "Introducing {topic} to curb {risk}",
        "{Topic} and {other} for frontline officers",
        "Reducing {risk} at {place} through {topic}",
    ),
    "fr": (
        "{Topic} dans {place}",
        "Réduire {risk} grâce à {topic}",
        "{Topic} et {other} pour les agents de terrain",
    ),
    "es": (
        "{Topic} en {place}",
        "Reducir {risk} mediante {topic}",
        "{Topic} y {other} para el personal de primera línea",
    ),
}

SUMMARIES = {
    "en": (
        "The administration of {country} introduced {topic} at {place} to reduce {risk}.",
        "{country} combined {topic} with {other}, which cut complaints by {number}%.",
    ),
    "fr": (
        "L'administration de {country} a mis en place {topic} dans {place} pour réduire {risk}.",
        "{country} a associé {topic} et {other}, ce qui a réduit les plaintes de {number} %.",
    ),
    "es": (
        "La administración de {country} introdujo {topic} en {place} para reducir {risk}.",
        "{country} combinó {topic} con {other} y redujo las quejas en un {number} %.",
    ),
}

PROBLEMS = {
    "en": (
        "Officers at {place} had wide discretion, and traders reported {risk} in {number}% of clearances.",
        "An internal review linked {risk} to the absence of {topic}.",
        "Staff surveys showed little trust in management and fear of reporting {risk}.",
    ),
    "fr": (
        "Les agents en poste dans {place} décidaient seuls ; {risk} touchait {number} % des dossiers.",
        "Un audit interne a relié {risk} à l'absence de {topic}.",
    ),
    "es": (
        "Los funcionarios en {place} tenían amplia discrecionalidad y {risk} afectaba al {number} % de los despachos.",
        "Una revisión interna vinculó {risk} con la falta de {topic}.",
    ),
}

ACTIONS = {
    "en": (
        "{unit} introduced {topic} across {number} offices over {months} months.",
        "Supervisors were trained in {other}, and the rules were published on the website.",
        "A pilot at {place} was evaluated before the national roll-out.",
        "Officers signed a declaration and attended a workshop on {risk}.",
    ),
    "fr": (
        "{unit} a déployé {topic} dans {number} bureaux en {months} mois.",
        "Les chefs de service ont suivi une formation sur {other} et les règles ont été publiées.",
        "Un projet pilote dans {place} a été évalué avant la généralisation.",
    ),
    "es": (
        "{unit} implantó {topic} en {number} oficinas durante {months} meses.",
        "Los supervisores recibieron formación sobre {other} y las normas se publicaron.",
        "Un piloto en {place} se evaluó antes de la extensión nacional.",
    ),
}

RESULTS = {
    "en": (
        "Reported cases of {risk} fell from {before}% to {after}% within {years} years.",
        "Average clearance time dropped by {number}%, and user satisfaction rose.",
    ),
    "fr": (
        "Les cas signalés de {risk} sont passés de {before} % à {after} % en {years} ans.",
        "Le délai moyen de dédouanement a baissé de {number} %.",
    ),
    "es": (
        "Los casos denunciados de {risk} bajaron del {before} % al {after} % en {years} años.",
        "El tiempo medio de despacho se redujo un {number} %.",
    ),
}

LESSONS = {
    "en": (
        "Explaining {topic} to staff before starting it made acceptance much easier.",
        "Leadership support mattered more than technology.",
        "Measuring {risk} before and after is what convinced the ministry.",
    ),
    "fr": (
        "Expliquer {topic} au personnel avant de commencer a facilité son acceptation.",
        "Le soutien de la direction a compté plus que la technologie.",
    ),
    "es": (
        "Explicar {topic} al personal antes de empezar facilitó su aceptación.",
        "El apoyo de la dirección importó más que la tecnología.",
    ),
}

# Tags beyond the topics' own, for a long tail in the tag facet.
EXTRA_TAGS = (
    "pilot",
    "training",
    "e-learning",
    "ports",
    "airports",
    "gender",
    "data analytics",
    "performance measurement",
    "stakeholder engagement",
    "legislation",
    "time release study",
    "aeo",
    "rkc",
    "idg",
    "osbp",
    "mobile app",
    "hotline",
    "complaints",
    "supervision",
    "ethics",
)

ADMINISTRATION_PATTERNS = {
    "en": ("{country} Customs Service", "{country} Revenue Authority – Customs Department"),
    "fr": ("Direction générale des douanes de {country}",),
    "es": ("Dirección Nacional de Aduanas de {country}",),
}

COUNTRY_SYLLABLES = ("val", "mor", "ka", "san", "lu", "dra", "ne", "tor", "bel", "ri", "so", "mar", "ga", "zen")
