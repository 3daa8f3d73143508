"""The ten Revised Arusha Declaration key factors in English, French and Spanish.

Seed data for the KeyFactor snippet; the data migration and the demo content
both read it so there is one source for the wording.
"""

KEY_FACTORS = [
    {
        "number": 1,
        "en": (
            "Leadership and Commitment",
            "leadership-and-commitment",
            "Senior managers own the integrity agenda, set the example and give it lasting resources.",
        ),
        "fr": (
            "Leadership et engagement",
            "leadership-et-engagement",
            "Les dirigeants portent la démarche d'intégrité, montrent l'exemple et lui donnent des moyens durables.",
        ),
        "es": (
            "Liderazgo y compromiso",
            "liderazgo-y-compromiso",
            "La alta dirección asume la agenda de integridad, da el ejemplo y le asigna recursos duraderos.",
        ),
    },
    {
        "number": 2,
        "en": (
            "Regulatory Framework",
            "regulatory-framework",
            "Customs law and procedures are clear, simple and harmonised, leaving little room for discretion.",
        ),
        "fr": (
            "Cadre réglementaire",
            "cadre-reglementaire",
            "La législation et les procédures douanières sont claires, simples et harmonisées, avec peu de place à l'arbitraire.",
        ),
        "es": (
            "Marco regulador",
            "marco-regulador",
            "La legislación y los procedimientos aduaneros son claros, sencillos y armonizados, con poco margen de discrecionalidad.",
        ),
    },
    {
        "number": 3,
        "en": (
            "Transparency",
            "transparency",
            "Rules, decisions and service standards are published, and traders can ask for a review of any decision.",
        ),
        "fr": (
            "Transparence",
            "transparence",
            "Règles, décisions et normes de service sont publiées, et les opérateurs peuvent demander le réexamen d'une décision.",
        ),
        "es": (
            "Transparencia",
            "transparencia",
            "Las normas, decisiones y estándares de servicio se publican, y los operadores pueden pedir la revisión de una decisión.",
        ),
    },
    {
        "number": 4,
        "en": (
            "Automation",
            "automation",
            "Electronic processing and payment reduce face-to-face contact and leave an audit trail of every decision.",
        ),
        "fr": (
            "Automatisation",
            "automatisation",
            "Le traitement et le paiement électroniques réduisent les contacts directs et laissent une trace de chaque décision.",
        ),
        "es": (
            "Automatización",
            "automatizacion",
            "El procesamiento y el pago electrónicos reducen el contacto directo y dejan constancia de cada decisión.",
        ),
    },
    {
        "number": 5,
        "en": (
            "Reform and Modernization",
            "reform-and-modernization",
            "Procedures are reformed to international standards so that integrity is built into how work is done.",
        ),
        "fr": (
            "Réforme et modernisation",
            "reforme-et-modernisation",
            "Les procédures sont réformées selon les normes internationales pour intégrer l'intégrité au travail quotidien.",
        ),
        "es": (
            "Reforma y modernización",
            "reforma-y-modernizacion",
            "Los procedimientos se reforman según normas internacionales para integrar la integridad en el trabajo diario.",
        ),
    },
    {
        "number": 6,
        "en": (
            "Audit and Investigation",
            "audit-and-investigation",
            "Internal and external audit, with an investigation function able to act on misconduct without interference.",
        ),
        "fr": (
            "Audit et enquêtes",
            "audit-et-enquetes",
            "Audit interne et externe, et une fonction d'enquête capable d'agir sur les manquements sans ingérence.",
        ),
        "es": (
            "Auditoría e investigación",
            "auditoria-e-investigacion",
            "Auditoría interna y externa, y una función de investigación capaz de actuar ante faltas sin injerencias.",
        ),
    },
    {
        "number": 7,
        "en": (
            "Code of Conduct",
            "code-of-conduct",
            "A clear, practical code of conduct that every officer knows, signs and sees enforced fairly.",
        ),
        "fr": (
            "Code de conduite",
            "code-de-conduite",
            "Un code de conduite clair et concret que chaque agent connaît, signe et voit appliqué avec équité.",
        ),
        "es": (
            "Código de conducta",
            "codigo-de-conducta",
            "Un código de conducta claro y práctico que todo funcionario conoce, firma y ve aplicar con equidad.",
        ),
    },
    {
        "number": 8,
        "en": (
            "Human Resource Management",
            "human-resource-management",
            "Merit-based recruitment, rotation, fair pay and training that reward integrity and reduce temptation.",
        ),
        "fr": (
            "Gestion des ressources humaines",
            "gestion-des-ressources-humaines",
            "Recrutement au mérite, rotation, rémunération juste et formation qui récompensent l'intégrité.",
        ),
        "es": (
            "Gestión de recursos humanos",
            "gestion-de-recursos-humanos",
            "Selección por mérito, rotación, remuneración justa y formación que recompensan la integridad.",
        ),
    },
    {
        "number": 9,
        "en": (
            "Morale and Organizational Culture",
            "morale-and-organizational-culture",
            "Officers are proud of their work, feel treated fairly and are willing to speak up about wrongdoing.",
        ),
        "fr": (
            "Moral et culture organisationnelle",
            "moral-et-culture-organisationnelle",
            "Les agents sont fiers de leur travail, se sentent traités équitablement et osent signaler les abus.",
        ),
        "es": (
            "Moral y cultura organizativa",
            "moral-y-cultura-organizativa",
            "Los funcionarios se sienten orgullosos de su trabajo, tratados con justicia y dispuestos a denunciar abusos.",
        ),
    },
    {
        "number": 10,
        "en": (
            "Relationship with the Private Sector",
            "relationship-with-the-private-sector",
            "Open, accountable partnership with traders through memoranda of understanding and shared integrity commitments.",
        ),
        "fr": (
            "Relations avec le secteur privé",
            "relations-avec-le-secteur-prive",
            "Un partenariat ouvert et responsable avec les opérateurs, fondé sur des protocoles d'accord et des engagements communs.",
        ),
        "es": (
            "Relación con el sector privado",
            "relacion-con-el-sector-privado",
            "Una colaboración abierta y responsable con los operadores mediante memorandos de entendimiento y compromisos comunes.",
        ),
    },
]
