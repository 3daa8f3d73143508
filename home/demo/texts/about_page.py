"""The About page in English, French and Spanish.

Facts are kept general and true: the Arusha Declaration (1993, revised 2003),
the ten key factors and the purpose of the A-CIP Programme. `[[KEY_FACTORS]]`
becomes the numbered list of key factors in the page's language, read from
the key factor snippets so the wording lives in one place.
"""

from ..streams import callout, rich_text
from .typography import french_typography

WCO_URL = "https://www.wcoomd.org/"

ABOUT_PAGE = {
    "en": {
        "title": "About",
        "slug": "about",
        "search_description": "Integrity Hub, the Revised Arusha Declaration and the WCO A-CIP Programme.",
        "introduction": """
            Integrity Hub supports customs administrations that are putting the Revised Arusha Declaration
            into practice, as part of the Anti-Corruption and Integrity Promotion (A-CIP) Programme of the
            World Customs Organization.
        """,
        "body": [
            rich_text(f"""
                <h2>Why integrity matters in customs</h2>
                <p>Customs officers collect revenue, protect society from dangerous goods and keep
                legitimate trade moving. They work under time pressure and often decide for themselves
                which consignments to examine, how goods are classified and what duties are due. That
                discretion is necessary, but it also creates opportunities for corruption. Corruption in
                customs costs governments revenue, raises costs for honest traders, weakens border
                security and erodes public trust. Tackling it takes more than rules: it needs committed
                leaders, sound systems, fair management of people and a culture in which officers are
                proud to act with integrity.</p>
                <h2>The Revised Arusha Declaration</h2>
                <p>The Arusha Declaration on good governance and integrity in customs was adopted by the
                Customs Co-operation Council, the body now known as the
                <a href="{WCO_URL}">World Customs Organization</a> (WCO), in Arusha, Tanzania, in 1993. It
                was revised in 2003. The Revised Arusha Declaration sets out ten key factors that a
                comprehensive national customs integrity programme should address:</p>
                [[KEY_FACTORS]]
                <p>The factors reinforce one another. Automation, for example, does most good when
                procedures have been simplified first, and a code of conduct is only credible when leaders
                follow it and misconduct is investigated.</p>
                <h2>The A-CIP Programme</h2>
                <p>The WCO's Anti-Corruption and Integrity Promotion (A-CIP) Programme helps WCO Members
                put the Revised Arusha Declaration into practice. It works with partner administrations to
                diagnose integrity risks, plan and carry out reforms, train staff and measure progress, and
                it encourages administrations to learn from one another. It draws on the WCO's integrity
                tools, among them the Integrity Development Guide.</p>
                <h2>What this site is for</h2>
                <p>Integrity Hub brings the programme's learning and knowledge together in one place, open
                to every administration:</p>
                <ul>
                <li><b>E-learning</b>: modules that officers take at their own pace, with knowledge
                checks, a final assessment and a certificate that anyone can verify.</li>
                <li><b>The Integrity Development Guide</b>: published as structured, searchable chapters in
                English, French and Spanish.</li>
                <li><b>The best-practice exchange</b>: lessons learned by partner administrations, told in
                their own words and reviewed before publication.</li>
                </ul>
                <p>The site is built to work on a phone and over slow connections, because many officers
                study away from a desk.</p>
                <h2>Who runs it</h2>
                <p>Integrity Hub is run for the A-CIP Programme. Editors and moderators of the programme's
                secretariat write the modules and the guide, and review every practice before it is
                published. Integrity coordinators in partner administrations enrol their officers, follow
                their progress and contribute practices. The software is open source, so any organisation
                can study how it works, suggest improvements or run its own copy.</p>
            """),
            callout(
                "About this demonstration",
                """
                <p>This is a demonstration installation. The partner administrations, countries and people
                that appear on it are fictional, and any resemblance to real administrations is
                coincidental.</p>
                """,
            ),
        ],
    },
    "fr": french_typography(
        {
            "title": "À propos",
            "slug": "a-propos",
            "search_description": "Integrity Hub, la Déclaration d'Arusha révisée et le Programme A-CIP de l'OMD.",
            "introduction": """
                Integrity Hub accompagne les administrations douanières qui mettent en pratique la
                Déclaration d'Arusha révisée, dans le cadre du Programme de lutte contre la corruption et de
                promotion de l'intégrité (A-CIP) de l'Organisation mondiale des douanes.
            """,
            "body": [
                rich_text(f"""
                    <h2>Pourquoi l'intégrité compte en douane</h2>
                    <p>Les agents des douanes perçoivent des recettes, protègent la société contre les
                    marchandises dangereuses et facilitent le commerce légitime. Ils travaillent sous la
                    pression du temps et décident souvent eux-mêmes des envois à contrôler, du classement
                    des marchandises et des droits à percevoir. Ce pouvoir d'appréciation est nécessaire,
                    mais il ouvre aussi la porte à la corruption. La corruption en douane prive l'État de
                    recettes, alourdit les coûts des opérateurs honnêtes, affaiblit la sécurité aux
                    frontières et mine la confiance du public. La combattre demande plus que des règles :
                    il faut des dirigeants engagés, des systèmes solides, une gestion équitable des
                    personnes et une culture dans laquelle les agents sont fiers d'agir avec
                    intégrité.</p>
                    <h2>La Déclaration d'Arusha révisée</h2>
                    <p>La Déclaration d'Arusha sur la bonne gouvernance et l'intégrité en douane a été
                    adoptée en 1993 à Arusha (Tanzanie) par le Conseil de coopération douanière, l'organe
                    aujourd'hui connu sous le nom d'<a href="{WCO_URL}">Organisation mondiale des
                    douanes</a> (OMD). Elle a été révisée en 2003. La Déclaration d'Arusha révisée énonce
                    dix facteurs clés dont tout programme national global d'intégrité en douane doit tenir
                    compte :</p>
                    [[KEY_FACTORS]]
                    <p>Ces facteurs se renforcent mutuellement. L'automatisation, par exemple, est bien plus
                    efficace lorsque les procédures ont d'abord été simplifiées, et un code de conduite
                    n'est crédible que si les dirigeants le respectent et si les manquements font l'objet
                    d'enquêtes.</p>
                    <h2>Le Programme A-CIP</h2>
                    <p>Le Programme de lutte contre la corruption et de promotion de l'intégrité (A-CIP) de
                    l'OMD aide les Membres de l'OMD à mettre en pratique la Déclaration d'Arusha révisée.
                    Il travaille avec des administrations partenaires pour diagnostiquer les risques en
                    matière d'intégrité, planifier et conduire des réformes, former le personnel et mesurer
                    les progrès, et il encourage les administrations à apprendre les unes des autres. Il
                    s'appuie sur les outils de l'OMD en matière d'intégrité, dont le Guide pour le
                    développement de l'intégrité.</p>
                    <h2>À quoi sert ce site</h2>
                    <p>Integrity Hub rassemble en un seul lieu, ouvert à toutes les administrations, les
                    ressources pédagogiques et les connaissances du programme :</p>
                    <ul>
                    <li><b>L'apprentissage en ligne</b> : des modules que les agents suivent à leur rythme,
                    avec des vérifications des connaissances, une évaluation finale et un certificat que
                    chacun peut vérifier.</li>
                    <li><b>Le Guide pour le développement de l'intégrité</b> : publié sous forme de
                    chapitres structurés, où l'on peut faire des recherches, en anglais, en français et en
                    espagnol.</li>
                    <li><b>L'échange de bonnes pratiques</b> : les enseignements tirés par les
                    administrations partenaires, racontés avec leurs propres mots et examinés avant
                    publication.</li>
                    </ul>
                    <p>Le site est conçu pour fonctionner sur téléphone et avec des connexions lentes, car
                    de nombreux agents se forment loin d'un bureau.</p>
                    <h2>Qui le gère</h2>
                    <p>Integrity Hub est géré pour le Programme A-CIP. Les rédacteurs et les modérateurs du
                    secrétariat du programme rédigent les modules et le Guide, et examinent chaque pratique
                    avant sa publication. Les coordonnateurs Intégrité des administrations partenaires
                    inscrivent leurs agents, suivent leur progression et proposent des pratiques. Le
                    logiciel est libre : toute organisation peut étudier son fonctionnement, proposer des
                    améliorations ou installer sa propre copie.</p>
                """),
                callout(
                    "À propos de cette démonstration",
                    """
                    <p>Ceci est une installation de démonstration. Les administrations partenaires, les pays
                    et les personnes qui y figurent sont fictifs ; toute ressemblance avec des
                    administrations réelles serait fortuite.</p>
                    """,
                ),
            ],
        }
    ),
    "es": {
        "title": "Acerca de",
        "slug": "acerca-de",
        "search_description": "Integrity Hub, la Declaración de Arusha revisada y el Programa A-CIP de la OMA.",
        "introduction": """
            Integrity Hub apoya a las administraciones aduaneras que están poniendo en práctica la
            Declaración de Arusha revisada, en el marco del Programa de Lucha contra la Corrupción y
            Promoción de la Integridad (A-CIP) de la Organización Mundial de Aduanas.
        """,
        "body": [
            rich_text(f"""
                <h2>Por qué importa la integridad en las aduanas</h2>
                <p>Los funcionarios de aduanas recaudan ingresos, protegen a la sociedad de las mercancías
                peligrosas y facilitan el comercio legítimo. Trabajan bajo presión de tiempo y a menudo
                deciden por sí mismos qué envíos inspeccionar, cómo clasificar las mercancías y qué
                derechos corresponden. Ese margen de apreciación es necesario, pero también crea
                oportunidades de corrupción. La corrupción en las aduanas priva al Estado de ingresos,
                encarece los costes de los operadores honestos, debilita la seguridad en las fronteras y
                erosiona la confianza de la ciudadanía. Combatirla exige algo más que normas: hacen falta
                directivos comprometidos, sistemas sólidos, una gestión justa de las personas y una cultura
                en la que los funcionarios se enorgullezcan de actuar con integridad.</p>
                <h2>La Declaración de Arusha revisada</h2>
                <p>La Declaración de Arusha sobre buena gobernanza e integridad en las aduanas fue adoptada
                en 1993 en Arusha (Tanzania) por el Consejo de Cooperación Aduanera, el órgano que hoy se
                conoce como <a href="{WCO_URL}">Organización Mundial de Aduanas</a> (OMA). Fue revisada en
                2003. La Declaración de Arusha revisada establece diez factores clave que todo programa
                nacional integral de integridad aduanera debe abordar:</p>
                [[KEY_FACTORS]]
                <p>Los factores se refuerzan entre sí. La automatización, por ejemplo, da mejores
                resultados cuando antes se han simplificado los procedimientos, y un código de conducta
                solo es creíble si los directivos lo cumplen y las faltas se investigan.</p>
                <h2>El Programa A-CIP</h2>
                <p>El Programa de Lucha contra la Corrupción y Promoción de la Integridad (A-CIP) de la OMA
                ayuda a los Miembros de la OMA a poner en práctica la Declaración de Arusha revisada.
                Trabaja con administraciones asociadas para diagnosticar los riesgos para la integridad,
                planificar y llevar a cabo reformas, formar al personal y medir los avances, y fomenta que
                las administraciones aprendan unas de otras. Se apoya en las herramientas de integridad de
                la OMA, entre ellas la Guía para el desarrollo de la integridad.</p>
                <h2>Para qué sirve este sitio</h2>
                <p>Integrity Hub reúne en un solo lugar, abierto a todas las administraciones, los recursos
                de aprendizaje y los conocimientos del programa:</p>
                <ul>
                <li><b>Aprendizaje en línea</b>: módulos que los funcionarios cursan a su propio ritmo, con
                comprobaciones de conocimientos, una evaluación final y un certificado que cualquiera puede
                verificar.</li>
                <li><b>La Guía para el desarrollo de la integridad</b>: publicada en capítulos
                estructurados y con búsqueda, en inglés, francés y español.</li>
                <li><b>El intercambio de buenas prácticas</b>: las lecciones aprendidas por las
                administraciones asociadas, contadas con sus propias palabras y revisadas antes de
                publicarse.</li>
                </ul>
                <p>El sitio está pensado para funcionar en el teléfono y con conexiones lentas, porque
                muchos funcionarios estudian lejos de una oficina.</p>
                <h2>Quién lo gestiona</h2>
                <p>Integrity Hub funciona al servicio del Programa A-CIP. Los editores y moderadores de la
                secretaría del programa redactan los módulos y la Guía, y revisan cada práctica antes de
                publicarla. Los coordinadores de integridad de las administraciones asociadas inscriben a
                sus funcionarios, siguen su progreso y aportan prácticas. El software es de código abierto,
                de modo que cualquier organización puede estudiar cómo funciona, proponer mejoras o
                instalar su propia copia.</p>
            """),
            callout(
                "Acerca de esta demostración",
                """
                <p>Esta es una instalación de demostración. Las administraciones asociadas, los países y las
                personas que aparecen en ella son ficticios, y cualquier parecido con administraciones
                reales es pura coincidencia.</p>
                """,
            ),
        ],
    },
}
