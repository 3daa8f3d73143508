"""The Integrity Development Guide in Spanish: the guide page and its six chapters.

Keys, blocks, paragraphs and list items match `guide_en`, so wagtail-localize
pairs each Spanish segment with its English source. The later chapters live
in modules of their own.
"""

from ..streams import callout, rich_text
from .guide_es_assessment import ASSESSMENT_CHAPTER_ES
from .guide_es_planning import ACTION_PLANNING_CHAPTER_ES, MONITORING_CHAPTER_ES
from .key_factor_sections_es import KEY_FACTORS_CHAPTER_ES

GUIDE_ES = {
    "guide": {
        "title": "Guía para el desarrollo de la integridad",
        "slug": "guia-desarrollo-integridad",
        "search_description": (
            "Una guía práctica para evaluar los riesgos para la integridad en las aduanas, planificar reformas y "
            "comprobar que funcionan."
        ),
        "introduction": """
            Una guía práctica para las administraciones de aduanas que quieren comprender sus riesgos para
            la integridad, planificar reformas en los diez factores clave de la Declaración de Arusha
            revisada y comprobar que esas reformas dan resultado.
        """,
        "body": [
            rich_text("""
                <h2>Qué ofrece esta guía</h2>
                <p>La corrupción en las aduanas rara vez es solo culpa de unas pocas personas. Crece donde
                los procedimientos son complejos, donde los funcionarios tienen amplia discrecionalidad y poca
                supervisión, donde los sueldos y las carreras son injustos y donde nadie mide lo que ocurre en
                la frontera. Esta guía ayuda a una administración a mirar con honestidad esas condiciones y a
                cambiarlas, paso a paso.</p>
                <p>Está organizada como un ciclo: elaborar una estrategia, evaluar la situación, planificar
                los cambios y comprobar si funcionaron. Los diez factores clave de la Declaración de Arusha
                revisada dan estructura a la evaluación, y cada uno tiene su propia sección.</p>
            """),
            callout(
                "Sobre esta edición",
                """
                <p>Esta edición se redactó para Integrity Hub. Sigue el enfoque de la Guía para el
                desarrollo de la integridad de la Organización Mundial de Aduanas (autoevaluación, plan de
                acción y seguimiento), pero no es el texto oficial de la OMA. Los ejemplos que contiene son
                ficticios.</p>
                """,
            ),
        ],
    },
    "chapters": {
        "about": {
            "title": "Acerca de esta guía",
            "slug": "acerca-de-esta-guia",
            "introduction": "Por qué existe la guía, a quién se dirige y cómo recorrerla en equipo.",
            "body": [],
            "sections": {
                "purpose": {
                    "title": "Objeto de la guía",
                    "slug": "objeto-de-la-guia",
                    "introduction": """
                        La guía ayuda a una administración a pasar de un compromiso con la integridad a un
                        programa de reformas concretas y medibles.
                    """,
                    "body": [
                        rich_text("""
                            <h2>Del compromiso a la práctica</h2>
                            <p>La mayoría de las administraciones de aduanas han declarado su compromiso con
                            la integridad. Muchas tienen un código de conducta, una unidad de asuntos
                            internos y una línea de denuncia. Sin embargo, los funcionarios, los operadores y
                            el público a menudo siguen viendo la corrupción como parte del paso de las
                            mercancías por la frontera. La brecha no suele deberse a la falta de normas, sino
                            a la falta de un enfoque sistemático: las reformas se lanzan de una en una, como
                            reacción a un escándalo, y rara vez se comprueban sus resultados.</p>
                            <p>Esta guía ofrece ese enfoque sistemático. Pide a la administración que
                            examine todas las condiciones que hacen posible la corrupción, que decida cuáles
                            importan más y que las aborde en un orden planificado, con personas responsables,
                            plazos e indicadores.</p>
                            <h2>A quién se dirige la guía</h2>
                            <ul>
                            <li><b>La alta dirección</b>, que debe asumir el programa y decidir las
                            prioridades y los recursos.</li>
                            <li><b>Los coordinadores de integridad y los grupos de trabajo</b>, que
                            organizan la evaluación, redactan el plan de acción y siguen su ejecución.</li>
                            <li><b>Los responsables de las unidades operativas</b>, cuyos procedimientos y
                            personal cambian con las reformas.</li>
                            <li><b>Los socios</b>, como los ministerios, los organismos anticorrupción, el
                            sector privado y los socios para el desarrollo, que apoyan o revisan el
                            trabajo.</li>
                            </ul>
                            <h2>Lo que la guía no es</h2>
                            <p>La guía no es una lista de control que se rellena una vez y se archiva.
                            Tampoco sustituye a la aplicación de la ley: investigar y sancionar las faltas
                            sigue siendo esencial. La guía trata de la prevención y de crear una organización
                            en la que a los funcionarios honestos les resulte fácil hacer lo correcto y a los
                            deshonestos les resulte difícil hacer lo incorrecto.</p>
                        """),
                    ],
                },
                "how-to-use": {
                    "title": "Cómo usar esta guía",
                    "slug": "como-usar-esta-guia",
                    "introduction": "Recorra la guía como un ciclo, en talleres, con pruebas en cada paso.",
                    "body": [
                        rich_text("""
                            <h2>El ciclo de la integridad</h2>
                            <p>Los capítulos siguen el orden en que se hace el trabajo:</p>
                            <ol>
                            <li><b>Estrategia</b>: acordar por qué la integridad importa a la
                            administración, quién dirige el trabajo y cómo encaja con otras reformas.</li>
                            <li><b>Evaluación</b>: averiguar la situación de la administración en cada
                            factor clave, mediante un taller de autoevaluación y pruebas procedentes de
                            encuestas y datos.</li>
                            <li><b>Plan de acción</b>: convertir las conclusiones en un plan priorizado, con
                            responsables, plazos e indicadores.</li>
                            <li><b>Seguimiento y evaluación</b>: comprobar los avances con regularidad,
                            informar de ellos abiertamente y volver a empezar el ciclo.</li>
                            </ol>
                            <h2>Trabajar en talleres</h2>
                            <p>La guía funciona mejor cuando un grupo mixto la lee en conjunto: servicios
                            centrales y puestos fronterizos, directivos y funcionarios de primera línea,
                            funciones operativas y de apoyo. Un facilitador ajeno a las unidades evaluadas
                            ayuda a mantener la franqueza del debate. Cada sección sobre un factor clave
                            termina con preguntas que el grupo responde con sí, en parte o no, anotando las
                            pruebas de cada respuesta. La versión imprimible de la guía está pensada para
                            repartirse en esos talleres.</p>
                            <h2>Aprovechar lo que otros han aprendido</h2>
                            <p>Cada sección enlaza con prácticas compartidas por otras administraciones
                            asociadas sobre los mismos factores clave. Léalas antes de decidir qué hacer: una
                            reforma que funcionó en otro lugar, y las lecciones que sacaron sus autores,
                            pueden ahorrar meses de ensayo y error.</p>
                        """),
                        callout(
                            "Consejo",
                            "<p>Acuerden desde el principio cómo se compartirán los resultados. El personal "
                            "que participó en la evaluación apoyará mucho más las reformas si ve qué se hizo "
                            "con su contribución.</p>",
                            tone="tip",
                        ),
                    ],
                },
            },
        },
        "strategy": {
            "title": "Una estrategia integral de integridad",
            "slug": "una-estrategia-integral-de-integridad",
            "introduction": """
                La integridad mejora cuando se trata como una prioridad de gestión, con una estrategia,
                liderazgo y recursos, y no como una serie de proyectos aislados.
            """,
            "body": [],
            "sections": {
                "why-strategy": {
                    "title": "Por qué la integridad necesita una estrategia",
                    "slug": "por-que-la-integridad-necesita-una-estrategia",
                    "introduction": "Las medidas aisladas desplazan la corrupción; una estrategia cierra los huecos.",
                    "body": [
                        rich_text("""
                            <h2>La corrupción se adapta</h2>
                            <p>Cuando se cierra una oportunidad de corrupción, suele abrirse otra. Si se
                            automatiza la declaración y el pago pero se dejan las decisiones de inspección a
                            la discreción de cada funcionario, la presión se traslada al almacén de
                            inspección. Si se introduce un código de conducta sin cambiar cómo se destina y
                            se paga a los funcionarios, el código se queda en un documento en una estantería.
                            Las medidas que no están conectadas dejan huecos que quienes se benefician de la
                            corrupción encuentran enseguida.</p>
                            <h2>Una estrategia conecta las medidas</h2>
                            <p>Una estrategia integral examina juntos los diez factores clave. Explica por
                            qué actúa la administración, qué quiere lograr en unos pocos años, qué ámbitos van
                            primero y cómo se medirán los avances. Vincula la integridad con la modernización
                            general de la administración, para que los nuevos sistemas y procedimientos se
                            diseñen desde el principio teniendo en cuenta los riesgos para la integridad, en
                            lugar de corregirse después.</p>
                            <h2>Una estrategia hace visible el compromiso</h2>
                            <p>Una estrategia publicada y firmada por el jefe de la administración indica a
                            los funcionarios y a los operadores que la integridad no es una campaña pasajera.
                            También da a los directivos una referencia cuando deben tomar decisiones
                            difíciles, como trasladar a un funcionario de un puesto que ocupa desde hace años
                            o rechazar la petición de un operador influyente.</p>
                        """),
                    ],
                },
                "building-blocks": {
                    "title": "Los elementos de la estrategia",
                    "slug": "elementos-de-la-estrategia",
                    "introduction": (
                        "Qué contiene una buena estrategia de integridad y cómo mantenerla lo bastante breve "
                        "para que se use."
                    ),
                    "body": [
                        rich_text("""
                            <h2>Contenido de la estrategia</h2>
                            <ul>
                            <li><b>Una declaración de propósito</b>: por qué la integridad importa para la
                            recaudación, la facilitación del comercio, la seguridad y la confianza
                            pública.</li>
                            <li><b>Un diagnóstico</b>: los principales riesgos, extraídos de la evaluación
                            de la integridad y de las pruebas existentes, como quejas, conclusiones de
                            auditoría y encuestas.</li>
                            <li><b>Objetivos</b>: un pequeño número de resultados con los que la
                            administración se compromete en un plazo de tres a cinco años.</li>
                            <li><b>Ámbitos prioritarios</b>: los factores clave y los procesos en los que se
                            actúa primero, con las razones de esa elección.</li>
                            <li><b>Funciones</b>: quién dirige, quién coordina, quién ejecuta y quién
                            controla.</li>
                            <li><b>Recursos</b>: personas, presupuesto y el apoyo que se espera de los
                            socios.</li>
                            <li><b>Seguimiento</b>: los indicadores y el calendario de informes.</li>
                            </ul>
                            <h2>Que sea breve</h2>
                            <p>Una estrategia de diez páginas que los directivos leen vale más que cien
                            páginas que nadie abre. El detalle corresponde al plan de acción, que se revisa
                            cada año; la estrategia marca la dirección y cambia con menos frecuencia.</p>
                            <h2>Consultar antes de adoptar</h2>
                            <p>Los representantes del personal, el ministerio responsable de las aduanas, el
                            organismo nacional anticorrupción y las asociaciones de comercio deberían ver el
                            borrador. Sus comentarios lo mejoran, y la consulta genera el apoyo que necesitará
                            la ejecución.</p>
                        """),
                    ],
                },
                "governance": {
                    "title": "La gobernanza del programa de integridad",
                    "slug": "gobernanza-del-programa-de-integridad",
                    "introduction": (
                        "Quién dirige, quién coordina y cómo el programa se mantiene independiente de las "
                        "unidades que examina."
                    ),
                    "body": [
                        rich_text("""
                            <h2>Liderazgo al más alto nivel</h2>
                            <p>El jefe de la administración preside, o sigue de cerca, un comité directivo
                            de integridad formado por altos directivos. El comité aprueba la estrategia y el
                            plan de acción, resuelve los conflictos entre unidades y revisa los avances al
                            menos dos veces al año.</p>
                            <h2>Un coordinador con autoridad</h2>
                            <p>El trabajo diario necesita un coordinador de integridad o una pequeña unidad
                            con acceso directo al jefe de la administración. El coordinador organiza la
                            evaluación, redacta y sigue el plan de acción, recoge los indicadores e informa al
                            comité directivo. La función solo funciona si los directivos atienden las
                            peticiones del coordinador: esa autoridad debe figurar en el mandato de la
                            unidad.</p>
                            <h2>Separación de las investigaciones</h2>
                            <p>La prevención y la investigación se apoyan mutuamente, pero no deben
                            confundirse. El coordinador de integridad aprende de las tendencias que revelan
                            las investigaciones, sin acceder a los expedientes individuales, lo que disuadiría
                            al personal de hablar con franqueza durante las evaluaciones.</p>
                        """),
                        callout(
                            "Atención",
                            "<p>Si el coordinador de integridad depende del jefe de una unidad cuyos procesos "
                            "se están examinando, las conclusiones del programa se suavizarán. Sitúe esta "
                            "función donde pueda comunicar malas noticias.</p>",
                            tone="warning",
                        ),
                    ],
                },
            },
        },
        "assessment": ASSESSMENT_CHAPTER_ES,
        "key-factors": KEY_FACTORS_CHAPTER_ES,
        "action-planning": ACTION_PLANNING_CHAPTER_ES,
        "monitoring": MONITORING_CHAPTER_ES,
    },
}
