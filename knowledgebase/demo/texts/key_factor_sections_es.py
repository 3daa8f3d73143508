"""Chapter 4 of the guide in Spanish: one section per key factor, paired with `key_factor_sections_en`."""

from ..streams import checklist, rich_text


def key_factor_section(number, title, slug, introduction, why, good_practice, questions):
    return f"key-factor-{number}", {
        "title": title,
        "slug": slug,
        "introduction": introduction,
        "body": [
            rich_text(f"<h2>Por qué importa</h2>{why}<h2>Cómo es una buena práctica</h2>{good_practice}"),
            checklist(f"Autoevaluación: {title[0].lower()}{title[1:]}", questions),
        ],
    }


KEY_FACTORS_CHAPTER_ES = {
    "title": "Los diez factores clave",
    "slug": "los-diez-factores-clave",
    "introduction": """
        Una sección por cada factor clave de la Declaración de Arusha revisada: por qué importa, cómo es una
        buena práctica y las preguntas para la autoevaluación.
    """,
    "body": [
        rich_text("""
            <p>Los factores clave se refuerzan entre sí. Lea cada sección teniendo presentes las demás: una
            reforma de la gestión de los recursos humanos, por ejemplo, depende del liderazgo, de un código de
            conducta creíble y de una función de auditoría capaz de detectar los abusos.</p>
        """),
    ],
    "sections": dict(
        [
            key_factor_section(
                1,
                "Liderazgo y compromiso",
                "liderazgo-y-compromiso",
                "La integridad empieza en la cúpula: dirigentes que dan ejemplo, asumen el programa y le dan recursos.",
                """
                <p>El personal observa lo que hacen sus dirigentes con más atención que lo que dicen. Cuando
                los altos directivos aceptan regalos, protegen a sus favoritos o pasan por alto las faltas,
                ningún código de conducta convencerá a los funcionarios de que la integridad importa. Cuando
                cumplen visiblemente las normas, apoyan al personal honesto y actúan ante las faltas, hacen de
                la integridad la forma normal de trabajar.</p>
                """,
                """
                <ul>
                <li>El jefe de la administración se ha comprometido públicamente con el programa de
                integridad y preside o sigue de cerca su comité directivo.</li>
                <li>Los altos directivos declaran su patrimonio y sus intereses y están sujetos a las mismas
                normas que todos.</li>
                <li>Los objetivos de integridad figuran en los acuerdos de desempeño de los directivos.</li>
                <li>El programa tiene una partida presupuestaria y personal propios.</li>
                </ul>
                """,
                [
                    (
                        "¿Se ha comprometido públicamente el jefe de la administración con la integridad en el "
                        "último año?",
                        "Discursos, circulares, la estrategia publicada.",
                    ),
                    (
                        "¿Declaran los altos directivos su patrimonio y sus conflictos de intereses?",
                        "Registros de declaraciones y cómo se verifican.",
                    ),
                    (
                        "¿Se evalúa a los directivos según objetivos de integridad?",
                        "Acuerdos de desempeño de los altos directivos.",
                    ),
                    (
                        "¿Tiene el programa de integridad su propio presupuesto y personal?",
                        "Documentos presupuestarios; organigrama.",
                    ),
                ],
            ),
            key_factor_section(
                2,
                "Marco normativo",
                "marco-normativo",
                "Normas claras, sencillas y armonizadas dejan menos margen a la discrecionalidad, y menos margen "
                "al abuso.",
                """
                <p>Las normas complejas y ambiguas crean incertidumbre para los operadores y
                discrecionalidad para los funcionarios. Cada disposición poco clara es un punto en el que un
                funcionario puede decidir, y en el que un operador puede sentirse tentado, o presionado, a
                pagar por una decisión favorable. Las normas internacionales como el Convenio de Kyoto
                revisado ayudan a las administraciones a simplificar y armonizar sus procedimientos.</p>
                """,
                """
                <ul>
                <li>La legislación y los procedimientos aduaneros están consolidados, actualizados y
                publicados íntegramente.</li>
                <li>Las exenciones y los regímenes especiales son pocos, están claramente definidos y se
                supervisan.</li>
                <li>Las facultades discrecionales están definidas, limitadas y sujetas a revisión.</li>
                <li>Las sanciones son proporcionadas y figuran en una escala publicada.</li>
                </ul>
                """,
                [
                    (
                        "¿Está consolidada la legislación aduanera y disponible gratuitamente?",
                        "El sitio web de la administración; códigos impresos.",
                    ),
                    (
                        "¿Están definidas por escrito las facultades discrecionales de los funcionarios?",
                        "Manuales de procedimiento; instrumentos de delegación.",
                    ),
                    (
                        "¿Están los procedimientos alineados con el Convenio de Kyoto revisado?",
                        "Análisis de brechas; estado de la adhesión.",
                    ),
                    (
                        "¿Existe una escala publicada de sanciones por infracciones?",
                        "Reglamento de sanciones; directrices sobre acuerdos.",
                    ),
                ],
            ),
            key_factor_section(
                3,
                "Transparencia",
                "transparencia",
                "Normas, decisiones y normas de servicio publicadas, con derecho a que se revise cualquier decisión.",
                """
                <p>Nadie puede reclamar derechos que desconoce. Cuando los aranceles, los procedimientos, las
                tasas y las normas de servicio son públicos, es más fácil negarse a un funcionario que exige
                más de lo que permiten las normas, y denunciarlo. Cuando las decisiones pueden recurrirse,
                las decisiones arbitrarias salen caras a quienes las toman.</p>
                """,
                """
                <ul>
                <li>Los aranceles, los procedimientos, los formularios y las tasas se publican en línea y en
                los puestos fronterizos.</li>
                <li>Una carta de servicios fija normas, como los tiempos de despacho, y se publican los
                resultados.</li>
                <li>Existen resoluciones anticipadas sobre clasificación, origen y valoración, y se
                publican.</li>
                <li>Hay un procedimiento de recurso administrativo, independiente del funcionario que
                decidió, con acceso posterior a los tribunales.</li>
                </ul>
                """,
                [
                    (
                        "¿Se publican todas las tasas y cargos, con la base jurídica de cada uno?",
                        "Sitio web; avisos expuestos en las oficinas.",
                    ),
                    (
                        "¿Publica la administración sus normas de servicio y su desempeño respecto de ellas?",
                        "Carta de servicios; informe anual.",
                    ),
                    (
                        "¿Pueden los operadores obtener resoluciones anticipadas vinculantes?",
                        "Procedimiento de resolución; número de resoluciones emitidas.",
                    ),
                    (
                        "¿Existe una vía de recurso independiente del funcionario que decidió?",
                        "Procedimiento de recurso; estadísticas de recursos.",
                    ),
                ],
            ),
            key_factor_section(
                4,
                "Automatización",
                "automatizacion",
                "El tratamiento electrónico reduce el contacto directo y deja rastro de cada decisión.",
                """
                <p>Cada contacto personal entre un funcionario y un operador es una oportunidad para una
                petición indebida. La presentación electrónica de declaraciones, el pago electrónico y la
                selección automatizada de riesgos eliminan muchos de esos contactos. Igual de importante,
                los sistemas registran quién hizo qué y cuándo, de modo que las decisiones inusuales pueden
                detectarse y explicarse.</p>
                """,
                """
                <ul>
                <li>Las declaraciones se presentan y tramitan electrónicamente, incluidos los documentos
                justificativos.</li>
                <li>Los derechos y tasas se pagan electrónicamente; el pago en efectivo en la frontera es la
                excepción.</li>
                <li>La selección para inspección la hace el sistema de gestión de riesgos, y cada anulación
                manual se registra con un motivo.</li>
                <li>Una persona independiente de los usuarios revisa periódicamente los registros de
                auditoría.</li>
                </ul>
                """,
                [
                    (
                        "¿Se presentan y despachan electrónicamente la mayoría de las declaraciones?",
                        "Proporción de declaraciones electrónicas por aduana.",
                    ),
                    (
                        "¿Pueden pagarse los derechos sin efectivo?",
                        "Canales de pago; proporción de pagos electrónicos.",
                    ),
                    (
                        "¿Hace el sistema las selecciones para inspección, con las anulaciones registradas?",
                        "Informes de anulaciones.",
                    ),
                    (
                        "¿Revisa alguien los registros de auditoría del sistema?",
                        "Informes de revisión de los registros de auditoría.",
                    ),
                ],
            ),
            key_factor_section(
                5,
                "Reforma y modernización",
                "reforma-y-modernizacion",
                "Los procedimientos modernos integran la integridad en la forma de trabajar, en lugar de añadir "
                "controles después.",
                """
                <p>Los procedimientos anticuados, con muchos pasos, firmas y documentos, multiplican los
                puntos en los que las mercancías pueden retenerse y pedirse favores. Una modernización que
                simplifica los procedimientos y centra los controles en el riesgo agiliza el despacho de los
                operadores cumplidores y deja menos oportunidades para la corrupción.</p>
                """,
                """
                <ul>
                <li>Los procedimientos se cartografían y simplifican antes de automatizarse.</li>
                <li>Los controles se basan en el riesgo, con facilidades para los operadores cumplidores,
                por ejemplo mediante programas de operador económico autorizado.</li>
                <li>Los riesgos para la integridad se tienen en cuenta siempre que se diseña un nuevo
                procedimiento o sistema.</li>
                <li>Se consulta al personal sobre las reformas y se le forma antes de que entren en
                vigor.</li>
                </ul>
                """,
                [
                    (
                        "¿Se han cartografiado y simplificado los principales procedimientos de despacho en los "
                        "últimos cinco años?",
                        "Mapas de procesos; estudio sobre el tiempo necesario para el levante.",
                    ),
                    (
                        "¿Forma parte del diseño de nuevos procedimientos una revisión de los riesgos para la "
                        "integridad?",
                        "Documentación de los proyectos.",
                    ),
                    (
                        "¿Reciben los operadores cumplidores un trato más rápido?",
                        "Programa de operador económico autorizado; tiempos de despacho.",
                    ),
                ],
            ),
            key_factor_section(
                6,
                "Auditoría e investigación",
                "auditoria-e-investigacion",
                "Detectar las faltas, y actuar ante ellas con justicia y sin injerencias, hace creíble la prevención.",
                """
                <p>La prevención solo funciona si las faltas también tienen consecuencias. La auditoría
                interna comprueba que se siguen los procedimientos y que los controles funcionan; una función
                de asuntos internos o de investigación examina las presuntas faltas. Ambas necesitan
                independencia, competencias y el respaldo de la alta dirección.</p>
                """,
                """
                <ul>
                <li>La auditoría interna informa al jefe de la administración y abarca los riesgos para la
                integridad.</li>
                <li>Una unidad de investigación actúa ante las denuncias, con facultades y procedimientos
                claros que respetan los derechos del personal.</li>
                <li>El personal y los operadores pueden denunciar faltas con seguridad, incluso de forma
                anónima, y los denunciantes están protegidos.</li>
                <li>Órganos externos, como la entidad fiscalizadora superior, examinan periódicamente las
                aduanas.</li>
                </ul>
                """,
                [
                    (
                        "¿Informa la auditoría interna directamente al jefe de la administración?",
                        "Estatuto de auditoría; organigrama.",
                    ),
                    (
                        "¿Se investigan las denuncias de faltas en un plazo fijado?",
                        "Registro de casos; tiempo medio de cierre de un caso.",
                    ),
                    (
                        "¿Existe un canal protegido para denunciar faltas?",
                        "Canal de denuncia; normas de protección de los denunciantes.",
                    ),
                    (
                        "¿Se usan los resultados de las investigaciones para mejorar los procedimientos?",
                        "Informes de lecciones aprendidas.",
                    ),
                ],
            ),
            key_factor_section(
                7,
                "Código de conducta",
                "codigo-de-conducta",
                "Un código práctico que cada funcionario conoce, firma y ve aplicado con justicia.",
                """
                <p>Un código de conducta dice a los funcionarios qué se espera de ellos en las situaciones
                que realmente encuentran: regalos, conflictos de intereses, trabajo externo, uso de la
                información, trato con los operadores. Protege a los funcionarios honestos al darles un
                motivo claro para negarse, y da a los directivos una base para actuar.</p>
                """,
                """
                <ul>
                <li>El código es breve, está redactado en lenguaje claro e ilustrado con situaciones
                reales.</li>
                <li>Cada funcionario lo recibe, recibe formación sobre él al incorporarse y firma que lo ha
                leído.</li>
                <li>Los regalos y los conflictos de intereses se declaran en un registro.</li>
                <li>Los incumplimientos dan lugar a sanciones proporcionadas y coherentes.</li>
                </ul>
                """,
                [
                    (
                        "¿Ha recibido y firmado cada funcionario el código de conducta?",
                        "Acuses de recibo firmados.",
                    ),
                    (
                        "¿Se trata el código en la formación inicial y de actualización?",
                        "Programas de formación y asistencia.",
                    ),
                    (
                        "¿Existe un registro de regalos y conflictos de intereses?",
                        "El registro y cómo se verifica.",
                    ),
                    (
                        "¿Se sancionan los incumplimientos del código de forma coherente?",
                        "Decisiones disciplinarias por tipo.",
                    ),
                ],
            ),
            key_factor_section(
                8,
                "Gestión de los recursos humanos",
                "gestion-de-los-recursos-humanos",
                "Contratación, destinos, sueldos y carreras que recompensan la integridad y reducen la tentación.",
                """
                <p>La forma en que se contrata, destina, paga y asciende a las personas moldea su
                comportamiento más que cualquier norma. La contratación por contactos incorpora a personas
                que deben favores. Los funcionarios que pasan años en puestos lucrativos crean relaciones que
                invitan a la corrupción. Un sueldo que no permite vivir dignamente hace tentadores los
                ingresos informales.</p>
                """,
                """
                <ul>
                <li>La contratación y el ascenso se basan en el mérito, con criterios publicados y
                comprobaciones de integridad.</li>
                <li>Los funcionarios en puestos sensibles rotan según una política transparente.</li>
                <li>Los sueldos son adecuados y justos, y la evaluación del desempeño incluye la
                integridad.</li>
                <li>La formación en integridad forma parte de cada etapa de la carrera.</li>
                </ul>
                """,
                [
                    (
                        "¿Se anuncian las vacantes y se cubren mediante selección competitiva?",
                        "Procedimientos y expedientes de contratación.",
                    ),
                    (
                        "¿Existe una política de rotación para los puestos sensibles, y se aplica?",
                        "Política; datos de permanencia en los puestos sensibles.",
                    ),
                    (
                        "¿Permite el sueldo a los funcionarios un nivel de vida digno?",
                        "Escalas salariales comparadas con organismos públicos similares.",
                    ),
                    (
                        "¿Tiene en cuenta la evaluación del desempeño la integridad?",
                        "Formularios de evaluación.",
                    ),
                ],
            ),
            key_factor_section(
                9,
                "Moral y cultura organizativa",
                "moral-y-cultura-organizativa",
                "Los funcionarios orgullosos de su trabajo y tratados con justicia son la mejor defensa contra "
                "la corrupción.",
                """
                <p>Donde los funcionarios se sienten infravalorados, tratados injustamente o impotentes, la
                corrupción es más fácil de justificar. Donde están orgullosos del servicio, confían en sus
                directivos y creen que hablar sirve de algo, resisten las presiones y denuncian los
                abusos.</p>
                """,
                """
                <ul>
                <li>Las condiciones de trabajo, los equipos y las instalaciones permiten a los funcionarios
                hacer bien su trabajo.</li>
                <li>El buen desempeño y la integridad se reconocen públicamente.</li>
                <li>Las encuestas al personal miden la moral periódicamente y sus resultados llevan a la
                acción.</li>
                <li>Los directivos escuchan al personal y explican sus decisiones.</li>
                </ul>
                """,
                [
                    (
                        "¿Se mide periódicamente la moral del personal?",
                        "Resultados de las encuestas al personal a lo largo del tiempo.",
                    ),
                    (
                        "¿Se reconoce a los funcionarios por su integridad y su buen servicio?",
                        "Sistemas de reconocimiento; comunicación interna.",
                    ),
                    (
                        "¿Cree el personal que denunciar una falta sirve de algo?",
                        "Preguntas de la encuesta al personal sobre las denuncias.",
                    ),
                ],
            ),
            key_factor_section(
                10,
                "Relación con el sector privado",
                "relacion-con-el-sector-privado",
                "Una colaboración abierta y responsable con operadores y agentes de aduanas, que comparten la "
                "responsabilidad de la integridad.",
                """
                <p>La corrupción en las aduanas tiene dos partes. Los operadores y agentes que pagan para
                acelerar el despacho o reducir los derechos mantienen viva la práctica. Trabajar con ellos,
                mediante memorandos de entendimiento, consultas y compromisos compartidos, los convierte de
                parte del problema en socios de la solución.</p>
                """,
                """
                <ul>
                <li>Consultas periódicas con las asociaciones de comercio sobre los procedimientos y el
                servicio.</li>
                <li>Memorandos de entendimiento en los que operadores y agentes se comprometen con normas de
                integridad.</li>
                <li>Licencias de agentes de aduanas con requisitos de integridad y sanciones.</li>
                <li>Los operadores tienen un canal para denunciar peticiones de pagos y se les informa de lo
                que ocurrió.</li>
                </ul>
                """,
                [
                    (
                        "¿Consulta la administración a las asociaciones de comercio al menos dos veces al año?",
                        "Actas de las reuniones.",
                    ),
                    (
                        "¿Se han firmado memorandos de entendimiento sobre integridad con operadores o agentes?",
                        "Memorandos firmados y seguimiento.",
                    ),
                    (
                        "¿Conllevan las licencias de agentes obligaciones de integridad?",
                        "Normas de concesión de licencias; licencias retiradas.",
                    ),
                    (
                        "¿Se informa a los operadores del resultado de sus denuncias?",
                        "Procedimiento de tramitación de quejas.",
                    ),
                ],
            ),
        ]
    ),
}
