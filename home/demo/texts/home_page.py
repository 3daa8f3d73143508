"""The home page in English, French and Spanish: what the platform offers and an FAQ."""

from ..streams import accordion, callout, rich_text
from .typography import french_typography

HOME_PAGE = {
    "en": {
        "title": "Integrity Hub",
        "slug": "home",
        "seo_title": "Customs integrity: learn, publish and share practice",
        "search_description": "Learn, publish and share customs integrity practice with the WCO A-CIP Programme.",
        "introduction": """
            Integrity Hub is where customs administrations learn, publish and share integrity practice.
            It brings together e-learning modules, the Integrity Development Guide and an exchange of
            lessons learned, all organised around the ten key factors of the Revised Arusha Declaration.
        """,
        "body": [
            rich_text("""
                <h2>What you will find here</h2>
                <h3>E-learning modules</h3>
                <p>Short, practical modules for customs officers at every level: lessons built around
                situations officers meet at the border, knowledge checks as you go, and a final assessment.
                Your progress is saved, so you can stop and pick up where you left off, on a computer or a
                phone. When you pass, you receive a certificate that anyone can verify online with its
                code.</p>
                <h3>The Integrity Development Guide</h3>
                <p>The guide helps an administration build and run its own integrity programme: how to
                assess where it stands, set priorities, plan and put measures in place, and check whether
                they work. Here it is published chapter by chapter, so you can read it online, search it,
                print it and follow links from each section to related lessons and practices.</p>
                <h3>The best-practice exchange</h3>
                <p>Integrity coordinators of partner administrations describe what they did, what happened
                and what they would do differently, from a new asset declaration scheme to a complaints
                line for traders. Moderators review every submission before it is published. You can
                search the exchange by key factor, region, administration, year and topic.</p>
            """),
            callout(
                "Organised around the ten key factors",
                """
                <p>Every module, guide section and practice is tagged with the key factors of the Revised
                Arusha Declaration it addresses, from <b>Leadership and Commitment</b> to
                <b>Relationship with the Private Sector</b>. The list below sums up each factor.</p>
                """,
                tone="tip",
            ),
            accordion(
                "Frequently asked questions",
                [
                    (
                        "Who can use Integrity Hub?",
                        """
                        <p>Anyone can read the Integrity Development Guide and the published practices,
                        browse the course catalogue and verify a certificate without an account. To take
                        modules and earn certificates you need an account: sign up with your email address,
                        or ask your administration's integrity coordinator to enrol you.</p>
                        """,
                    ),
                    (
                        "Can I study in French or Spanish?",
                        """
                        <p>Yes. The site is available in English, French and Spanish; use the language
                        switcher at the top of every page. Your progress in a module is kept when you change
                        language, so you can start a module in one language and finish it in another.</p>
                        """,
                    ),
                    (
                        "How do certificates work?",
                        """
                        <p>When you pass a module's final assessment, a certificate is issued in your name
                        with a unique verification code. You can download it as a PDF from your profile.
                        Anyone, such as an employer, a training unit or an auditor, can confirm that it is
                        genuine by entering the code on the certificate verification page.</p>
                        """,
                    ),
                    (
                        "How can my administration share a practice?",
                        """
                        <p>Your administration's integrity coordinator submits it from the exchange,
                        describing the problem, the actions taken, the results and the lessons learned, and
                        tagging the key factors it concerns. A moderator reviews it and either publishes it
                        or sends it back with comments. A practice can be shared with everyone or with
                        coordinators only.</p>
                        """,
                    ),
                    (
                        "What is the Revised Arusha Declaration?",
                        """
                        <p>It is the World Customs Organization's declaration on good governance and
                        integrity in customs, first adopted in Arusha, Tanzania, in 1993 and revised in
                        2003. It sets out ten key factors that a national customs integrity programme should
                        address. The About page tells you more.</p>
                        """,
                    ),
                ],
            ),
        ],
    },
    "fr": french_typography(
        {
            "title": "Integrity Hub",
            "slug": "accueil",
            "seo_title": "Intégrité douanière : se former, publier et partager les pratiques",
            "search_description": """
                Apprendre, publier et partager les pratiques d'intégrité douanière avec le Programme A-CIP
                de l'OMD.
            """,
            "introduction": """
                Integrity Hub est l'espace où les administrations douanières se forment, publient et
                partagent leurs pratiques en matière d'intégrité. Il réunit des modules d'apprentissage en
                ligne, le Guide pour le développement de l'intégrité et un échange d'enseignements tirés,
                le tout organisé autour des dix facteurs clés de la Déclaration d'Arusha révisée.
            """,
            "body": [
                rich_text("""
                    <h2>Ce que vous trouverez ici</h2>
                    <h3>Des modules d'apprentissage en ligne</h3>
                    <p>Des modules courts et concrets destinés aux agents des douanes de tous niveaux :
                    des leçons construites à partir de situations que les agents rencontrent à la
                    frontière, des vérifications des connaissances tout au long du parcours et une
                    évaluation finale. Votre progression est enregistrée : vous pouvez vous arrêter et
                    reprendre là où vous en étiez, sur ordinateur comme sur téléphone. Une fois
                    l'évaluation réussie, vous recevez un certificat que chacun peut vérifier en ligne
                    grâce à son code.</p>
                    <h3>Le Guide pour le développement de l'intégrité</h3>
                    <p>Le Guide aide une administration à bâtir et à conduire son propre programme
                    d'intégrité : évaluer sa situation, fixer des priorités, planifier et mettre en œuvre
                    des mesures, puis vérifier qu'elles produisent leurs effets. Il est publié ici chapitre
                    par chapitre : vous pouvez le lire en ligne, y faire des recherches, l'imprimer et
                    passer de chaque section aux leçons et aux pratiques qui s'y rapportent.</p>
                    <h3>L'échange de bonnes pratiques</h3>
                    <p>Les coordonnateurs Intégrité des administrations partenaires décrivent ce qu'ils ont
                    entrepris, ce qui en est résulté et ce qu'ils feraient autrement, qu'il s'agisse d'un
                    nouveau dispositif de déclaration de patrimoine ou d'une ligne de signalement ouverte
                    aux opérateurs. Les modérateurs examinent chaque contribution avant sa publication.
                    Vous pouvez explorer l'échange par facteur clé, région, administration, année et
                    thème.</p>
                """),
                callout(
                    "Organisé autour des dix facteurs clés",
                    """
                    <p>Chaque module, chaque section du Guide et chaque pratique est rattaché aux facteurs
                    clés de la Déclaration d'Arusha révisée qu'il aborde, de « Leadership et engagement » à
                    « Relations avec le secteur privé ». La liste ci-dessous résume chacun de ces
                    facteurs.</p>
                    """,
                    tone="tip",
                ),
                accordion(
                    "Questions fréquentes",
                    [
                        (
                            "Qui peut utiliser Integrity Hub ?",
                            """
                            <p>Tout le monde peut lire le Guide pour le développement de l'intégrité et les
                            pratiques publiées, parcourir le catalogue des modules et vérifier un
                            certificat, sans créer de compte. Pour suivre des modules et obtenir des
                            certificats, il faut un compte : inscrivez-vous avec votre adresse
                            électronique, ou demandez au coordonnateur Intégrité de votre administration de
                            vous inscrire.</p>
                            """,
                        ),
                        (
                            "Puis-je me former en français ou en espagnol ?",
                            """
                            <p>Oui. Le site est disponible en anglais, en français et en espagnol ; utilisez
                            le sélecteur de langue en haut de chaque page. Votre progression dans un module
                            est conservée lorsque vous changez de langue : vous pouvez commencer un module
                            dans une langue et le terminer dans une autre.</p>
                            """,
                        ),
                        (
                            "Comment fonctionnent les certificats ?",
                            """
                            <p>Lorsque vous réussissez l'évaluation finale d'un module, un certificat est
                            établi à votre nom avec un code de vérification unique. Vous pouvez le
                            télécharger au format PDF depuis votre profil. Toute personne, qu'il s'agisse
                            d'un employeur, d'un service de formation ou d'un auditeur, peut en confirmer
                            l'authenticité en saisissant ce code sur la page de vérification des
                            certificats.</p>
                            """,
                        ),
                        (
                            "Comment mon administration peut-elle partager une pratique ?",
                            """
                            <p>Le coordonnateur Intégrité de votre administration la propose depuis
                            l'échange : il décrit le problème, les actions menées, les résultats et les
                            enseignements tirés, et indique les facteurs clés concernés. Un modérateur
                            l'examine, puis la publie ou la renvoie avec ses commentaires. Une pratique peut
                            être partagée avec tous ou réservée aux coordonnateurs.</p>
                            """,
                        ),
                        (
                            "Qu'est-ce que la Déclaration d'Arusha révisée ?",
                            """
                            <p>C'est la déclaration de l'Organisation mondiale des douanes sur la bonne
                            gouvernance et l'intégrité en douane, adoptée à Arusha (Tanzanie) en 1993 et
                            révisée en 2003. Elle énonce dix facteurs clés dont tout programme national
                            d'intégrité douanière doit tenir compte. La page « À propos » vous en dit
                            davantage.</p>
                            """,
                        ),
                    ],
                ),
            ],
        }
    ),
    "es": {
        "title": "Integrity Hub",
        "slug": "inicio",
        "seo_title": "Integridad aduanera: formarse, publicar y compartir prácticas",
        "search_description": """
            Aprender, publicar y compartir prácticas de integridad aduanera con el Programa A-CIP de la OMA.
        """,
        "introduction": """
            Integrity Hub es el lugar donde las administraciones aduaneras se forman, publican y comparten
            prácticas de integridad. Reúne módulos de aprendizaje en línea, la Guía para el desarrollo de la
            integridad y un intercambio de lecciones aprendidas, todo ello organizado en torno a los diez
            factores clave de la Declaración de Arusha revisada.
        """,
        "body": [
            rich_text("""
                <h2>Qué encontrará aquí</h2>
                <h3>Módulos de aprendizaje en línea</h3>
                <p>Módulos breves y prácticos para funcionarios de aduanas de todos los niveles: lecciones
                basadas en situaciones que los funcionarios viven en la frontera, comprobaciones de
                conocimientos a lo largo del recorrido y una evaluación final. Su progreso se guarda, de
                modo que puede interrumpir el estudio y retomarlo donde lo dejó, en el ordenador o en el
                teléfono. Al aprobar, recibe un certificado que cualquier persona puede verificar en línea
                con su código.</p>
                <h3>La Guía para el desarrollo de la integridad</h3>
                <p>La Guía ayuda a una administración a crear y gestionar su propio programa de integridad:
                evaluar su situación, fijar prioridades, planificar y aplicar medidas, y comprobar si dan
                resultado. Aquí se publica capítulo por capítulo, para que pueda leerla en línea, buscar en
                ella, imprimirla y pasar de cada sección a las lecciones y prácticas relacionadas.</p>
                <h3>El intercambio de buenas prácticas</h3>
                <p>Los coordinadores de integridad de las administraciones asociadas describen lo que
                hicieron, qué resultados obtuvieron y qué harían de otro modo, desde un nuevo sistema de
                declaración patrimonial hasta una línea de denuncias para los operadores. Los moderadores
                revisan cada contribución antes de publicarla. Puede consultar el intercambio por factor
                clave, región, administración, año y tema.</p>
            """),
            callout(
                "Organizado en torno a los diez factores clave",
                """
                <p>Cada módulo, sección de la Guía y práctica está vinculado a los factores clave de la
                Declaración de Arusha revisada que aborda, desde «Liderazgo y compromiso» hasta «Relación
                con el sector privado». La lista que figura a continuación resume cada factor.</p>
                """,
                tone="tip",
            ),
            accordion(
                "Preguntas frecuentes",
                [
                    (
                        "¿Quién puede usar Integrity Hub?",
                        """
                        <p>Cualquier persona puede leer la Guía para el desarrollo de la integridad y las
                        prácticas publicadas, consultar el catálogo de módulos y verificar un certificado
                        sin crear una cuenta. Para cursar módulos y obtener certificados necesita una
                        cuenta: regístrese con su dirección de correo electrónico o pida al coordinador de
                        integridad de su administración que le inscriba.</p>
                        """,
                    ),
                    (
                        "¿Puedo estudiar en francés o en español?",
                        """
                        <p>Sí. El sitio está disponible en inglés, francés y español; utilice el selector de
                        idioma situado en la parte superior de cada página. Su progreso en un módulo se
                        conserva cuando cambia de idioma, de modo que puede empezar un módulo en un idioma
                        y terminarlo en otro.</p>
                        """,
                    ),
                    (
                        "¿Cómo funcionan los certificados?",
                        """
                        <p>Cuando aprueba la evaluación final de un módulo, se emite un certificado a su
                        nombre con un código de verificación único. Puede descargarlo en PDF desde su
                        perfil. Cualquier persona, ya sea un empleador, una unidad de formación o un
                        auditor, puede confirmar su autenticidad introduciendo el código en la página de
                        verificación de certificados.</p>
                        """,
                    ),
                    (
                        "¿Cómo puede mi administración compartir una práctica?",
                        """
                        <p>El coordinador de integridad de su administración la propone desde el
                        intercambio: describe el problema, las medidas adoptadas, los resultados y las
                        lecciones aprendidas, e indica los factores clave a los que se refiere. Un
                        moderador la revisa y la publica o la devuelve con comentarios. Una práctica puede
                        compartirse con todos o reservarse a los coordinadores.</p>
                        """,
                    ),
                    (
                        "¿Qué es la Declaración de Arusha revisada?",
                        """
                        <p>Es la declaración de la Organización Mundial de Aduanas sobre buena gobernanza e
                        integridad en las aduanas, adoptada en Arusha (Tanzania) en 1993 y revisada en 2003.
                        Establece diez factores clave que todo programa nacional de integridad aduanera
                        debe abordar. La página «Acerca de» ofrece más información.</p>
                        """,
                    ),
                ],
            ),
        ],
    },
}
