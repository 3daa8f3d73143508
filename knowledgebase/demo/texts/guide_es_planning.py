"""The guide's fifth and sixth chapters in Spanish: action planning, monitoring and evaluation."""

from ..streams import action_plan, checklist, rich_text

ACTION_PLANNING_CHAPTER_ES = {
    "title": "El plan de acción",
    "slug": "el-plan-de-accion",
    "introduction": "Convertir la evaluación en un plan que la gente haga suyo, con plazos e indicadores.",
    "body": [],
    "sections": {
        "priorities": {
            "title": "De las conclusiones a las prioridades",
            "slug": "de-las-conclusiones-a-las-prioridades",
            "introduction": "No se puede hacer todo a la vez: elija lo que más cambiará las cosas.",
            "body": [
                rich_text("""
                    <h2>Criterios de elección</h2>
                    <ul>
                    <li><b>Riesgo</b>: cuánto daño causa la debilidad a la recaudación, al comercio y a la
                    confianza.</li>
                    <li><b>Viabilidad</b>: si el cambio depende de la administración o necesita a otros, como
                    el ministerio o el parlamento.</li>
                    <li><b>Visibilidad</b>: si el personal y los operadores notarán el cambio, lo que genera
                    confianza en el programa.</li>
                    <li><b>Dependencias</b>: si la acción hace posibles otras.</li>
                    </ul>
                    <h2>Equilibrar logros rápidos y reformas de fondo</h2>
                    <p>Un buen plan combina unas pocas medidas que pueden dar resultados en meses, como
                    publicar normas de servicio o abrir un canal de quejas, con reformas de fondo que llevan
                    años, como reformar los sueldos y las carreras o automatizar los procedimientos. Los
                    logros rápidos dan la credibilidad que necesitan las reformas largas.</p>
                    <h2>Decidir juntos</h2>
                    <p>Elija las prioridades con los directivos que las llevarán a cabo. Un jefe de unidad
                    que ayudó a ordenar las debilidades defenderá el plan resultante; quien recibe una lista
                    de tareas de los servicios centrales encontrará con más facilidad motivos para retrasarse.
                    Anote por qué se eligió cada prioridad, para poder explicar la elección al personal y
                    revisarla cuando cambien las circunstancias.</p>
                """),
            ],
        },
        "writing-plan": {
            "title": "Redactar el plan de acción",
            "slug": "redactar-el-plan-de-accion",
            "introduction": "Una tabla que cualquiera puede leer: objetivo, acciones, responsable, plazo, indicador.",
            "body": [
                rich_text("""
                    <h2>Una línea por objetivo</h2>
                    <p>Cada línea del plan enuncia un objetivo extraído de la evaluación, las acciones
                    concretas que lo lograrán, la unidad o persona responsable, el plazo y el indicador que
                    mostrará el éxito. Nombre a una persona, no solo a una unidad: los planes sin nadie
                    responsable no se cumplen.</p>
                    <h2>Un ejemplo</h2>
                    <p>La tabla siguiente muestra el tipo de líneas que una administración podría escribir
                    tras comprobar que los funcionarios eligen qué envíos inspeccionan y que los operadores no
                    saben cómo presentar una queja.</p>
                """),
                action_plan(
                    "Ejemplo: extracto de un plan de acción de integridad",
                    [
                        (
                            "Eliminar la discrecionalidad de los funcionarios al seleccionar envíos para inspección",
                            "Seleccionar todas las inspecciones mediante el sistema de gestión de riesgos; exigir "
                            "un motivo escrito y registrado para cualquier anulación; revisar las anulaciones cada "
                            "mes.",
                            "Director de Gestión de Riesgos",
                            "En 12 meses",
                            "Proporción de inspecciones seleccionadas por el sistema; número de anulaciones al mes",
                        ),
                        (
                            "Dar a los operadores una vía segura para denunciar faltas",
                            "Abrir una línea de quejas y un formulario web gestionados fuera de las unidades "
                            "operativas; publicar cómo se tramitan las quejas y cómo se protege a quienes las "
                            "presentan.",
                            "Coordinador de Integridad",
                            "En 6 meses",
                            "Quejas recibidas y cerradas; operadores que conocen el canal (encuesta)",
                        ),
                        (
                            "Reducir el tiempo que los funcionarios pasan en el mismo puesto sensible",
                            "Adoptar una política de rotación de los puestos sensibles con una permanencia máxima, "
                            "aplicada con transparencia y planificada con un año de antelación.",
                            "Director de Recursos Humanos",
                            "Política en 6 meses; primeras rotaciones en 12",
                            "Proporción de puestos sensibles ocupados más allá de la permanencia máxima",
                        ),
                    ],
                ),
            ],
        },
        "resourcing": {
            "title": "Dotar de recursos y ordenar las reformas",
            "slug": "dotar-de-recursos-y-ordenar-las-reformas",
            "introduction": "Las reformas necesitan dinero, personas y el orden adecuado.",
            "body": [
                rich_text("""
                    <h2>Presupuestar el plan</h2>
                    <p>Calcule lo que necesita cada acción: tiempo de personal, formación, equipos, sistemas
                    y asesoramiento externo. Las acciones sin recursos deben financiarse o retirarse;
                    dejarlas en el plan solo daña su credibilidad.</p>
                    <h2>Ordenar con cuidado</h2>
                    <p>Algunas reformas solo funcionan después de otras. La rotación necesita suficientes
                    funcionarios formados para rotar; la automatización necesita procedimientos
                    simplificados; las sanciones necesitan un código de conducta que el personal conozca.
                    Dibuje las dependencias antes de fijar fechas.</p>
                    <h2>Implicar pronto a los socios para el desarrollo</h2>
                    <p>Los socios que apoyan la reforma aduanera a menudo pueden financiar partes del plan.
                    Compartir con ellos la evaluación, y mostrar cómo responde el plan a ella, facilita ese
                    apoyo y evita proyectos duplicados.</p>
                    <h2>Proteger el plan de la rotación de directivos</h2>
                    <p>Los altos directivos cambian de puesto, y las reformas que dependen de una sola
                    persona se estancan cuando esa persona se va. Incluya las responsabilidades en las
                    descripciones de puestos y en los objetivos anuales de las unidades, no solo en el plan,
                    e informe a cada directivo recién nombrado de las acciones que le corresponden.</p>
                """),
            ],
        },
    },
}

MONITORING_CHAPTER_ES = {
    "title": "Seguimiento y evaluación",
    "slug": "seguimiento-y-evaluacion",
    "introduction": (
        "Comprobar los avances, informar de ellos abiertamente y aprender si las reformas cambiaron algo."
    ),
    "body": [],
    "sections": {
        "indicators": {
            "title": "Indicadores y fuentes de datos",
            "slug": "indicadores-y-fuentes-de-datos",
            "introduction": "Un pequeño conjunto de indicadores que puedan recogerse de forma fiable, año tras año.",
            "body": [
                rich_text("""
                    <h2>Tres tipos de indicadores</h2>
                    <ul>
                    <li><b>Actividad</b>: ¿se ha llevado a cabo la acción? Por ejemplo, se ha adoptado la
                    política de rotación.</li>
                    <li><b>Producto</b>: ¿qué ha producido? Por ejemplo, la proporción de puestos sensibles
                    rotados a tiempo.</li>
                    <li><b>Resultado</b>: ¿ha mejorado la integridad? Por ejemplo, menos operadores dicen que
                    se les pidieron pagos.</li>
                    </ul>
                    <h2>Usar los datos que ya existen</h2>
                    <p>Los sistemas aduaneros registran mucha información: selecciones, anulaciones, tiempos
                    de despacho, pagos, quejas. Los indicadores extraídos de esos registros son más baratos y
                    más fiables que las nuevas encuestas. Combínelos con una encuesta de percepción repetida
                    cada dos o tres años.</p>
                    <h2>Establecer una línea de base</h2>
                    <p>Mida cada indicador antes de que empiece la reforma. Sin línea de base, nadie podrá
                    decir después si las cosas mejoraron.</p>
                    <h2>Vigilar los efectos secundarios</h2>
                    <p>Los indicadores cambian los comportamientos. Si a los funcionarios solo se les juzga
                    por los tiempos de despacho, pueden dejar de inspeccionar envíos de riesgo; si a las
                    unidades se las juzga por el número de casos disciplinarios, pueden perseguir faltas
                    triviales. Empareje cada indicador con otro que revelaría esa distorsión, y comente los
                    resultados sorprendentes antes de sacar conclusiones.</p>
                """),
            ],
        },
        "reporting": {
            "title": "Informes y revisión",
            "slug": "informes-y-revision",
            "introduction": (
                "Los informes periódicos a la dirección, al personal y al público mantienen vivo el programa."
            ),
            "body": [
                rich_text("""
                    <h2>Un calendario de informes</h2>
                    <p>El coordinador de integridad informa cada trimestre al comité directivo de los avances
                    del plan de acción, con los indicadores y una breve explicación de los retrasos. Una vez
                    al año, el comité revisa todo el plan y lo ajusta.</p>
                    <h2>Informar al personal y al público</h2>
                    <p>Un breve informe anual de integridad, publicado en el sitio web de la administración,
                    muestra a los operadores y a los ciudadanos que el compromiso es real. Informar con
                    honestidad de lo que no funcionó forma parte de esa credibilidad.</p>
                """),
                checklist(
                    "¿Funciona el seguimiento?",
                    [
                        (
                            "¿Se informa de cada acción del plan al menos cada trimestre?",
                            "Informes trimestrales de avance.",
                        ),
                        (
                            "¿Tiene cada indicador una línea de base y una meta?",
                            "La tabla de indicadores del plan.",
                        ),
                        (
                            "¿Ha modificado el comité directivo el plan a raíz de un informe?",
                            "Las actas de sus reuniones.",
                        ),
                    ],
                ),
            ],
        },
        "evaluation": {
            "title": "Evaluar el impacto y renovar la estrategia",
            "slug": "evaluar-el-impacto-y-renovar-la-estrategia",
            "introduction": (
                "Cada pocos años, tome distancia: ¿cambió la estrategia los comportamientos, y qué viene después?"
            ),
            "body": [
                rich_text("""
                    <h2>Una mirada independiente</h2>
                    <p>Al final del periodo de la estrategia, pida a alguien ajeno al programa, como la
                    unidad de auditoría interna, la entidad fiscalizadora superior o una administración
                    homóloga, que la evalúe. La evaluación compara los indicadores de resultado con la línea
                    de base y pregunta al personal y a los operadores si notan una diferencia.</p>
                    <h2>Volver a empezar el ciclo</h2>
                    <p>La evaluación alimenta la siguiente evaluación de la integridad. Los factores clave
                    que mejoraron pueden seguirse con menos intensidad; nuevos riesgos, como los que crean las
                    nuevas tecnologías o los nuevos flujos comerciales, pasan a primer plano. Compartir los
                    resultados con otras administraciones, por ejemplo en este sitio, ayuda a todos a aprender
                    más rápido.</p>
                    <h2>Aprender de lo que no funcionó</h2>
                    <p>Algunas acciones se habrán abandonado o no habrán producido el cambio esperado.
                    Anote por qué: una reforma que fracasó por falta de recursos puede merecer otro intento,
                    mientras que una que se basaba en un diagnóstico equivocado debe dar paso a otro enfoque.
                    Un relato honesto de los fracasos suele ser la parte más útil de una evaluación para la
                    estrategia siguiente.</p>
                """),
            ],
        },
    },
}
