"""The ten lessons of the demo module in Spanish, paired block for block with `lessons_en`.

Written for this project. The scenarios keep the English choices' order, so
which choice is best comes from the source and cannot differ by language.
"""

from ..streams import callout, key_takeaways, rich_text, scenario

LESSONS_ES = [
    {
        "key_factor": 1,
        "title": "Liderazgo y compromiso",
        "slug": "liderazgo-y-compromiso",
        "introduction": """
            La integridad empieza en la cúpula. Esta lección explica por qué el director general de aduanas y
            el equipo directivo tienen la primera responsabilidad de prevenir la corrupción, y cómo es un
            compromiso real.
        """,
        "estimated_minutes": 12,
        "body": [
            rich_text("""
                <h2>Por qué el liderazgo va primero</h2>
                <p>La Declaración de Arusha revisada atribuye la responsabilidad principal de prevenir la
                corrupción al director general de aduanas y al equipo de alta dirección. No es una formalidad.
                Los funcionarios observan lo que hacen sus directivos con mucha más atención que lo que
                escriben. Un programa de integridad que los dirigentes anuncian pero no practican se percibe
                enseguida como una campaña para la galería, y pierde credibilidad ante las mismas personas a
                las que necesita convencer.</p>
                <h2>Cómo se ve el compromiso en la práctica</h2>
                <p>El compromiso se ve en las decisiones, no solo en los discursos. Los dirigentes que lo
                sienten de verdad:</p>
                <ul>
                <li>hacen de la integridad un objetivo declarado del plan estratégico de la administración, con
                metas e informes periódicos;</li>
                <li>dan a alguien de alto nivel una responsabilidad clara sobre el programa, y le dan personal,
                presupuesto y acceso directo al director general;</li>
                <li>se aplican las mismas normas que a los demás: declaran sus intereses, rechazan los regalos
                inapropiados y aceptan ser controlados;</li>
                <li>protegen y agradecen a quienes denuncian irregularidades, y actúan según lo que
                denuncian;</li>
                <li>mantienen el rumbo durante años, porque la cultura cambia despacio y los reveses son
                seguros.</li>
                </ul>
                <h2>Un compromiso más allá de las aduanas</h2>
                <p>Las aduanas no trabajan solas. Una reforma duradera necesita el apoyo político del gobierno,
                un marco jurídico que permita actuar a los directivos y la cooperación con otros organismos,
                como los órganos anticorrupción y las entidades de auditoría. Parte del trabajo de un dirigente
                es conseguir ese apoyo y explicar, dentro y fuera de la administración, por qué la integridad
                importa para la recaudación, la seguridad y el comercio.</p>
            """),
            scenario(
                "Una petición desde arriba",
                """<p>En la reunión de personal del lunes, su director regional presenta el nuevo código de
                integridad y pide a todos que lo firmen. El jueves, el mismo director le llama: un envío de una
                empresa de un familiar debe despacharse hoy, «sin el control documental habitual, solo esta
                vez».</p>""",
                "¿Qué hace usted?",
                [
                    (
                        "Lo despacha discretamente: la instrucción viene de arriba.",
                        False,
                        "Una instrucción no convierte en legal un despacho irregular, y el nombre que figura en "
                        "la decisión es el suyo. Es exactamente el doble rasero que vacía de sentido un código "
                        "de conducta.",
                    ),
                    (
                        "Tramita el envío con normalidad y denuncia la petición por el canal de integridad.",
                        True,
                        "Correcto. Trate el envío como cualquier otro y use el canal confidencial que ofrece la "
                        "administración. Los dirigentes que creen en lo que firman querrán saberlo; los que no, "
                        "son la razón de que el canal exista.",
                    ),
                    (
                        "Lo despacha y luego se lo cuenta a sus colegas para que todos vean la hipocresía del "
                        "director.",
                        False,
                        "Los rumores no detienen la irregularidad y usted ha participado en ella. Denunciar por "
                        "el canal adecuado le protege y da a la administración la oportunidad de actuar.",
                    ),
                ],
                "<p>Los programas de integridad se ponen a prueba en momentos como este. El personal juzga un "
                "código por cómo se aplica a los poderosos.</p>",
            ),
            key_takeaways(
                [
                    "El director general y el equipo directivo tienen la primera responsabilidad de la integridad.",
                    "El compromiso se ve en los recursos, las responsabilidades y el ejemplo personal, no en los "
                    "eslóganes.",
                    "Los dirigentes deben apoyar a quienes denuncian irregularidades y actuar según lo que oyen.",
                    "La reforma de la integridad lleva años y necesita apoyo político más allá de las aduanas.",
                ]
            ),
        ],
    },
    {
        "key_factor": 2,
        "title": "Un marco normativo claro y sencillo",
        "slug": "marco-normativo",
        "introduction": """
            Las normas complicadas y poco claras crean la discrecionalidad y los retrasos de los que se
            alimenta la corrupción. Esta lección muestra cómo una legislación y unos procedimientos sencillos y
            armonizados reducen las oportunidades.
        """,
        "estimated_minutes": 12,
        "body": [
            rich_text("""
                <h2>La complejidad es una oportunidad</h2>
                <p>Cuando las normas son muchas, vagas o contradictorias, un funcionario puede encontrar un
                motivo para retrasar casi cualquier envío, y a un operador se le puede convencer de que pagar es
                más fácil que discutir. Cada documento, firma o inspección innecesarios es un punto en el que
                alguien puede pedir algo a cambio. Por eso la Declaración de Arusha revisada pide a las
                administraciones que armonicen y simplifiquen la legislación y los procedimientos aduaneros,
                para que los trámites no pesen más de lo necesario para cumplir su finalidad.</p>
                <h2>El modelo internacional</h2>
                <p>El Convenio de Kyoto revisado de la OMA, sobre la simplificación y armonización de los
                regímenes aduaneros, establece principios modernos: procedimientos normalizados y
                simplificados, gestión de riesgos, uso de las tecnologías de la información, colaboración con el
                comercio y derecho de recurso. Adaptar la legislación nacional a él elimina muchas de las zonas
                grises en las que crece la corrupción.</p>
                <h2>Limitar y encuadrar la discrecionalidad</h2>
                <p>Cierta discrecionalidad es inevitable: la clasificación, la valoración, el origen y las
                sanciones exigen criterio. El objetivo no es suprimir el criterio, sino encuadrarlo:</p>
                <ul>
                <li>publicar criterios y directrices para las decisiones que requieren criterio;</li>
                <li>fijar sanciones proporcionadas a la infracción, dentro de márgenes definidos;</li>
                <li>dejar constancia de los motivos de cada decisión para poder comprobarla después;</li>
                <li>ofrecer resoluciones anticipadas y un derecho de recurso, primero dentro de las aduanas y
                después ante un órgano independiente;</li>
                <li>mantener pocas exenciones y regímenes especiales, claros y controlados.</li>
                </ul>
                <p>Una norma que todos pueden leer y prever protege tanto al funcionario honesto como al
                operador honesto.</p>
            """),
            scenario(
                "Una interpretación conveniente",
                """<p>Un envío de piezas podría clasificarse en dos partidas arancelarias con tipos muy
                distintos. El agente de aduanas sugiere que se agradecería «una interpretación conveniente
                para ambos» y deja caer la idea de un regalo.</p>""",
                "¿Cuál es la mejor manera de resolver la clasificación?",
                [
                    (
                        "Elegir el tipo más bajo: de todas formas, las normas no son claras.",
                        False,
                        "Las normas poco claras son un motivo para buscar claridad, no para elegir la respuesta "
                        "que conviene a quien ofrece un regalo. La insinuación del agente es en sí misma algo que "
                        "hay que denunciar.",
                    ),
                    (
                        "Aplicar las reglas de clasificación publicadas, documentar su razonamiento y remitir la "
                        "cuestión a la unidad de clasificación si persiste la duda.",
                        True,
                        "Correcto. Los motivos por escrito y la consulta a expertos hacen que la decisión sea "
                        "coherente y verificable. Hable al agente de las resoluciones anticipadas y denuncie el "
                        "regalo insinuado.",
                    ),
                    (
                        "Retener el envío hasta que el agente deje de insinuar.",
                        False,
                        "Retener mercancías sin motivo legal es en sí un abuso de discrecionalidad e invita a la "
                        "siguiente petición. Decida sobre el fondo y denuncie la insinuación.",
                    ),
                ],
            ),
            key_takeaways(
                [
                    "Cada paso innecesario de un procedimiento es una oportunidad para la corrupción.",
                    "El Convenio de Kyoto revisado es la referencia para procedimientos sencillos y armonizados.",
                    "Cuando hace falta criterio, publique los criterios, registre los motivos y permita el recurso.",
                ]
            ),
        ],
    },
    {
        "key_factor": 3,
        "title": "Transparencia",
        "slug": "transparencia",
        "introduction": """
            Quien conoce las normas puede reconocer una exigencia indebida. Esta lección trata de lo que las
            aduanas deben publicar, de cómo explicar y recurrir las decisiones, y de por qué la apertura
            también protege a los funcionarios.
        """,
        "estimated_minutes": 10,
        "body": [
            rich_text("""
                <h2>Certeza y previsibilidad</h2>
                <p>Los operadores y los viajeros tienen derecho a un alto grado de certeza sobre cómo les
                tratarán las aduanas. Cuando las leyes, los procedimientos, las tasas y las normas de servicio
                se publican y son fáciles de encontrar, una exigencia irregular salta a la vista: una operadora
                que sabe que un trámite no tiene tasa puede negarse a pagarla. El secreto produce lo contrario:
                convierte cada requisito sin explicar en una posible invitación a negociar.</p>
                <h2>Qué hacer público</h2>
                <ul>
                <li>las leyes, los reglamentos, las resoluciones administrativas y los procedimientos que los
                aplican, en línea y en la frontera;</li>
                <li>los documentos exigidos en cada procedimiento, las tasas y el tiempo que debe llevar cada
                paso;</li>
                <li>las resoluciones anticipadas sobre clasificación, valoración y origen, para que los
                operadores puedan planificar con certeza;</li>
                <li>cómo presentar una queja y cómo recurrir una decisión, y qué ocurre con las quejas;</li>
                <li>el propio desempeño de la administración, como los tiempos de despacho medidos en un estudio
                sobre el tiempo necesario para el levante.</li>
                </ul>
                <h2>Explicar las decisiones</h2>
                <p>La transparencia también significa que una persona afectada por una decisión puede conocer
                sus motivos y recurrirla. Los recursos deben ir primero a un nivel de las aduanas independiente
                de la decisión original, y después a un órgano externo. Dentro de la administración, la
                transparencia se aplica a los destinos, los ascensos y la disciplina: criterios claros,
                aplicados abiertamente, dejan menos margen al favoritismo.</p>
                <h2>Lo que puede hacer cada funcionario</h2>
                <p>La transparencia no es solo cosa de los servicios centrales. En la ventanilla significa dar a
                cada operador la misma respuesta, explicar la base legal de una decisión, entregar un recibo por
                cada pago y no pedir nunca nada que no esté escrito. También protege al funcionario: una decisión
                explicada y registrada es difícil de tergiversar después.</p>
            """),
            scenario(
                "Una lista desactualizada",
                """<p>Una pequeña importadora le pregunta qué documentos necesita para una admisión temporal.
                Usted sabe que la lista del sitio web está desactualizada desde que el reglamento del mes pasado
                la modificó.</p>""",
                "¿Cómo responde?",
                [
                    (
                        "Le da por escrito la lista correcta, le indica el reglamento y comunica que la página "
                        "está desactualizada para que se corrija.",
                        True,
                        "Correcto. Ella recibe información exacta en la que puede confiar, y el próximo operador "
                        "también. La información pública desactualizada es un riesgo para la integridad, no solo "
                        "una molestia.",
                    ),
                    (
                        "Le dice que siga el sitio web: es la fuente oficial.",
                        False,
                        "Prepararía documentos equivocados y sufriría retrasos que alguien podría ofrecerse a "
                        "«resolver» a cambio de dinero. La información correcta forma parte del servicio.",
                    ),
                    (
                        "Le sugiere recurrir a un agente de aduanas que usted conoce y que domina las nuevas normas.",
                        False,
                        "Dirigir a los operadores hacia determinados agentes crea un conflicto de intereses y "
                        "sustituye la información pública por contactos privados.",
                    ),
                ],
            ),
            key_takeaways(
                [
                    "Las normas, tasas y normas de servicio publicadas permiten rechazar exigencias indebidas.",
                    "Las resoluciones anticipadas, los canales de queja y los recursos hacen las decisiones "
                    "previsibles y verificables.",
                    "La transparencia también se aplica dentro de la administración: destinos, ascensos y disciplina.",
                ]
            ),
        ],
    },
    {
        "key_factor": 4,
        "title": "Automatización",
        "slug": "automatizacion",
        "introduction": """
            El tratamiento electrónico elimina gran parte del contacto directo y del manejo de efectivo donde se
            produce la corrupción, pero solo si los sistemas se diseñan y controlan pensando en la integridad.
        """,
        "estimated_minutes": 12,
        "body": [
            rich_text("""
                <h2>Qué cambia la automatización</h2>
                <p>Los sistemas de gestión aduanera permiten presentar, comprobar y pagar las declaraciones
                electrónicamente. La selectividad puede decidirse con reglas de riesgo en lugar de por un
                funcionario concreto, los derechos pueden pagarse en un banco en vez de en una ventanilla, y
                cada acción deja constancia de quién hizo qué y cuándo. Cada uno de estos cambios reduce el
                contacto personal y la discrecionalidad que hacen posible el soborno, y los registros facilitan
                detectar las faltas.</p>
                <h2>La automatización no es un remedio por sí sola</h2>
                <p>La tecnología desplaza el riesgo en lugar de eliminarlo. Aparecen nuevas oportunidades:
                contraseñas compartidas o robadas, anulaciones manuales de las decisiones de riesgo, cambios en
                los datos a posteriori o personal informático con privilegios sin control. Un sistema también
                automatiza el procedimiento que se le da: un procedimiento complicado y discrecional puesto en
                línea sigue siendo complicado y discrecional. Por eso los procedimientos deben simplificarse
                antes de automatizarse.</p>
                <h2>Controles que mantienen honestos los sistemas</h2>
                <ul>
                <li>cuentas de usuario personales, nunca compartidas, con derechos limitados a lo que requiere
                cada puesto;</li>
                <li>segregación de funciones, para que nadie pueda a la vez decidir y aprobar;</li>
                <li>anulaciones de las selecciones basadas en el riesgo permitidas solo con un motivo registrado,
                y revisadas;</li>
                <li>registros de auditoría que alguien lee de verdad, con alertas ante patrones
                inusuales;</li>
                <li>protección de los propios datos, incluidas las reglas de riesgo, contra la
                manipulación.</li>
                </ul>
                <h2>A qué deben estar atentos los usuarios</h2>
                <p>Quienes usan un sistema a diario suelen ser los primeros en notar los problemas: selecciones
                que siempre se anulan para los mismos operadores, declaraciones modificadas después del levante,
                cuentas usadas de noche. Comunicar esos patrones al responsable del sistema o a la unidad de
                integridad forma parte de usar bien el sistema.</p>
            """),
            scenario(
                "¿Me prestas tu usuario?",
                """<p>La cuenta de un colega se ha bloqueado tras demasiados intentos de contraseña. Un camión
                lleva horas esperando, y le pide usar su usuario «cinco minutos» para despacharlo.</p>""",
                "¿Qué hace usted?",
                [
                    (
                        "Se lo presta por esta vez: el despacho es legítimo y el conductor ya ha esperado bastante.",
                        False,
                        "Todo lo que se haga en el sistema con su usuario queda registrado como decisión suya. "
                        "Las cuentas compartidas impiden además distinguir los errores honestos de los abusos "
                        "deliberados.",
                    ),
                    (
                        "Se niega, y le ayuda a contactar con el servicio de asistencia informática o con el "
                        "supervisor que puede desbloquear su cuenta o reasignar la tarea.",
                        True,
                        "Correcto. El retraso tiene una solución legítima, y las cuentas personales son lo que "
                        "da valor al registro de auditoría.",
                    ),
                    (
                        "Entra usted mismo y despacha el camión sin comprobar nada, para ganar tiempo.",
                        False,
                        "Despachar mercancías que no ha examinado, con su propio nombre, es peor que compartir "
                        "la contraseña. Deje que la tarea se reasigne como corresponde.",
                    ),
                ],
            ),
            key_takeaways(
                [
                    "La automatización reduce el contacto, el efectivo y la discrecionalidad, y deja un registro "
                    "de auditoría.",
                    "Simplifique los procedimientos antes de automatizarlos.",
                    "Las cuentas personales, la segregación de funciones y las anulaciones revisadas mantienen "
                    "honestos los sistemas.",
                ]
            ),
        ],
    },
    {
        "key_factor": 5,
        "title": "Reforma y modernización",
        "slug": "reforma-y-modernizacion",
        "introduction": """
            Los procedimientos anticuados alimentan la corrupción. Esta lección examina cómo los métodos
            aduaneros modernos reducen sus oportunidades, y por qué la integridad debe diseñarse en cada
            reforma.
        """,
        "estimated_minutes": 12,
        "body": [
            rich_text("""
                <h2>Métodos modernos, menos oportunidades</h2>
                <p>Las administraciones que inspeccionan todos los envíos, exigen documentos originales en papel
                y tramitan cada operación cara a cara crean largas colas, y las largas colas crean presión para
                pagar por rapidez. La práctica aduanera moderna cambia eso: la gestión de riesgos dirige las
                inspecciones adonde importan, la auditoría posterior al despacho aleja los controles de la
                frontera, los programas de operador económico autorizado recompensan a los operadores fiables y
                la ventanilla única permite presentar la información una sola vez para todos los
                organismos.</p>
                <p>Los métodos modernos también cambian lo que la administración puede ver. Una unidad de gestión
                de riesgos que analiza los datos de todos los puestos fronterizos puede detectar patrones que
                ninguna oficina notaría por sí sola, como un puesto en el que nunca se inspecciona a los mismos
                importadores.</p>
                <h2>La integridad, incorporada desde el diseño</h2>
                <p>Cada reforma desplaza el lugar donde se toman las decisiones y, por tanto, donde puede
                ejercerse presión. Se puede presionar a una unidad de gestión de riesgos para que cambie un
                perfil; se puede ofrecer algo a un auditor para que cierre un expediente; se puede comprar una
                decisión de acreditación. Antes de poner en marcha una reforma, pregúntese qué nuevas decisiones
                crea, quién las toma y cómo se registrarán y comprobarán.</p>
                <h2>Contar con el personal</h2>
                <p>La reforma cambia los puestos, la posición y a veces los ingresos informales de las personas.
                El personal que entiende por qué se produce el cambio, que ayuda a diseñarlo y que recibe
                formación para sus nuevas funciones tiene más probabilidades de apoyarlo. Medir los resultados,
                por ejemplo con un estudio sobre el tiempo necesario para el levante antes y después, muestra si
                la reforma funciona y mantiene al programa honesto respecto de sus propios avances.</p>
            """),
            scenario(
                "Ayuda con el papeleo",
                """<p>Usted evalúa solicitudes para el nuevo programa de operador económico autorizado. Un
                importador cuyo expediente está incompleto se ofrece a que su consultor le «ayude con el papeleo»
                durante una cena.</p>""",
                "¿Cómo responde?",
                [
                    (
                        "Rechaza la oferta, explica qué documentos faltan según los criterios publicados y "
                        "denuncia la oferta.",
                        True,
                        "Correcto. La acreditación debe basarse únicamente en los criterios publicados. Decir al "
                        "solicitante exactamente qué falta es un buen servicio; la cena no lo es.",
                    ),
                    (
                        "Acepta la cena, pero decide con independencia.",
                        False,
                        "Aunque su decisión sea acertada, aceptar crea una obligación y la apariencia de ella. "
                        "También socava la confianza en todo el programa.",
                    ),
                    (
                        "Aprueba el expediente: de todas formas, el importador tiene un buen historial.",
                        False,
                        "Un buen historial no sustituye a los criterios. Aprobar un expediente incompleto "
                        "después de una oferta parece exactamente una decisión pagada.",
                    ),
                ],
            ),
            key_takeaways(
                [
                    "La gestión de riesgos, la auditoría posterior y la ventanilla única reducen la presión "
                    "cara a cara.",
                    "Cada reforma crea nuevas decisiones: diseñe sus controles antes de ponerla en marcha.",
                    "Implique y forme al personal, y mida los resultados para que la reforma sea honesta.",
                ]
            ),
        ],
    },
    {
        "key_factor": 6,
        "title": "Auditoría e investigación",
        "slug": "auditoria-e-investigacion",
        "introduction": """
            La prevención necesita detección detrás. Esta lección trata de la auditoría interna y externa, de la
            función de investigación, de los procedimientos justos y de la protección de quienes denuncian
            irregularidades.
        """,
        "estimated_minutes": 12,
        "body": [
            rich_text("""
                <h2>Comprobar que los controles funcionan</h2>
                <p>Las normas y los sistemas solo reducen la corrupción si alguien comprueba que se aplican. La
                auditoría interna examina si se siguen los procedimientos, si los controles funcionan y dónde
                están las debilidades. La auditoría externa de la entidad fiscalizadora superior aporta una
                mirada independiente. Las conclusiones de auditoría son más útiles cuando la dirección actúa en
                consecuencia y cuando sirven para simplificar procedimientos y mejorar controles.</p>
                <h2>Una función de investigación capaz de actuar</h2>
                <p>Las denuncias de faltas necesitan una unidad que pueda investigarlas de forma profesional.
                Debe ser independiente de la línea jerárquica a la que pueda investigar, depender del nivel más
                alto, tener las competencias y los recursos para seguir casos complejos y colaborar con la
                policía, la fiscalía y los organismos anticorrupción cuando se sospeche un delito. Las
                investigaciones deben respetar los derechos de la persona afectada: un proceso justo protege al
                inocente y hace que las sanciones contra el culpable se mantengan.</p>
                <h2>Que sea seguro hablar</h2>
                <p>Casi siempre hay alguien cerca que conoce la corrupción. Colegas, operadores y ciudadanos solo
                la denunciarán si confían en el canal: denuncia confidencial o anónima, protección contra las
                represalias por las denuncias hechas de buena fe y un seguimiento visible. Una línea de denuncia
                que no lleva a ninguna parte enseña a la gente a callar.</p>
                <h2>Sanciones coherentes</h2>
                <p>Cuando se demuestra una falta, deben seguir sanciones proporcionadas y coherentes, sea cual
                sea el rango de la persona. Una disciplina incoherente se interpreta como un permiso.</p>
            """),
            scenario(
                "Siempre en verde",
                """<p>Usted observa que un colega despacha en minutos los envíos de un mismo agente de aduanas y
                que nunca se seleccionan para inspección, incluso cuando el sistema los marca como de alto
                riesgo.</p>""",
                "¿Cuál es el mejor primer paso?",
                [
                    (
                        "Enfrentarse a su colega delante del equipo.",
                        False,
                        "Una acusación pública puede destruir tanto la confianza como las pruebas, y quizá se "
                        "le escape una explicación inocente. Deje la averiguación de los hechos a quienes están "
                        "formados para ello.",
                    ),
                    (
                        "Empezar a reunir pruebas por su cuenta copiando sus expedientes.",
                        False,
                        "Investigar por su cuenta puede infringir las normas de acceso a los datos y perjudicar "
                        "una investigación posterior. Mejor denuncie lo que vio.",
                    ),
                    (
                        "Comunicar los hechos observados, sin especular, por el canal confidencial a la unidad "
                        "de integridad o de asuntos internos.",
                        True,
                        "Correcto. Cíñase a los hechos (fechas, declaraciones, alertas anuladas) y deje que la "
                        "unidad los valore. Las denuncias hechas de buena fe están protegidas.",
                    ),
                ],
            ),
            key_takeaways(
                [
                    "La auditoría interna y externa comprueban que los controles funcionan; la dirección debe "
                    "actuar según sus conclusiones.",
                    "Los investigadores necesitan independencia, competencias y recursos, y deben respetar las "
                    "garantías procesales.",
                    "La denuncia confidencial y la protección contra las represalias hacen que la gente hable.",
                    "Las sanciones deben ser coherentes, sea cual sea el rango.",
                ]
            ),
        ],
    },
    {
        "key_factor": 7,
        "title": "El código de conducta",
        "slug": "codigo-de-conducta",
        "introduction": """
            Un buen código de conducta dice claramente a los funcionarios qué se espera de ellos en las
            situaciones que realmente encuentran. Esta lección trata de lo que debe contener y de cómo cobra
            vida.
        """,
        "estimated_minutes": 10,
        "body": [
            rich_text("""
                <h2>Expectativas claras</h2>
                <p>La Declaración de Arusha revisada pide un código de conducta completo que establezca, en
                términos prácticos e inequívocos, el comportamiento que se espera de todo el personal de
                aduanas. Un código que solo repite valores generales («sea honesto») deja a los funcionarios
                adivinando en los casos difíciles. Un código útil habla de las situaciones reales del trabajo
                aduanero.</p>
                <h2>Qué abarca un código práctico</h2>
                <ul>
                <li>regalos, atenciones y favores: qué puede aceptarse, qué debe rechazarse y cómo declarar un
                ofrecimiento;</li>
                <li>conflictos de intereses, incluidos los vínculos familiares con operadores, agentes de
                aduanas o empresas de transporte;</li>
                <li>declaraciones de bienes e intereses cuando la ley las exige;</li>
                <li>trabajo externo, actividad política y uso de la información oficial;</li>
                <li>cómo tratar al público: cortesía, imparcialidad y ninguna discriminación;</li>
                <li>dónde pedir consejo y cómo denunciar un incumplimiento.</li>
                </ul>
                <h2>Regalos y atenciones</h2>
                <p>Los códigos suelen trazar la línea en el mismo sitio: todo lo que se ofrece por su cargo,
                por parte de alguien cuyos asuntos usted tramita, se rechaza, sea cual sea su valor. Los objetos
                de valor simbólico, como un calendario, pueden permitirse, pero se declaran cuando el código lo
                indica. El dinero en efectivo, los vales y los favores a familiares nunca son aceptables. Una
                norma publicada también facilita la negativa: puede decir «no me está permitido» en lugar de
                discutir su elección personal.</p>
                <h2>Dar vida al código</h2>
                <p>Los funcionarios deben ayudar a redactar el código, firmarlo y recibir formación sobre él con
                ejemplos de su propio trabajo. Los directivos deben aplicárselo primero a sí mismos. Los
                incumplimientos deben dar lugar a sanciones fijadas de antemano y aplicadas con coherencia. En
                caso de duda, la prueba más sencilla es preguntarse si se sentiría cómodo explicando su acción a
                su superior, a sus colegas y al público.</p>
            """),
            callout(
                "En caso de duda",
                "<p>Pregunte antes de actuar: su código designa a una persona o unidad que puede aconsejarle. "
                "Declarar un ofrecimiento le protege incluso cuando lo rechaza.</p>",
                tone="tip",
            ),
            scenario(
                "Una invitación de boda",
                """<p>Un transitario cuyas declaraciones usted tramita cada semana le invita, a usted y a su
                familia, al banquete de boda de su hija.</p>""",
                "¿Qué debe hacer?",
                [
                    (
                        "Ir: es una ocasión familiar, no de negocios.",
                        False,
                        "La relación existe por su trabajo, y las declaraciones del transitario pasan por sus "
                        "manos. Aceptar crea al menos la apariencia de un conflicto de intereses.",
                    ),
                    (
                        "Consultar el código de conducta, declinar con cortesía o pedir consejo, y declarar la "
                        "invitación como exige el código.",
                        True,
                        "Correcto. El código y el asesor de integridad le indican dónde está la línea; declarar "
                        "la invitación le protege, sea cual sea el resultado.",
                    ),
                    (
                        "Aceptar, pero pedir a un colega que tramite sus declaraciones durante un tiempo.",
                        False,
                        "Reasignar expedientes forma a veces parte de la gestión de un conflicto de intereses, "
                        "pero es una decisión de su superior, después de que usted declare la invitación.",
                    ),
                ],
            ),
            key_takeaways(
                [
                    "Un buen código de conducta es práctico y habla de situaciones aduaneras reales.",
                    "Abarca los regalos, los conflictos de intereses, las declaraciones y el trato al público.",
                    "El personal ayuda a redactarlo, lo firma y recibe formación; las sanciones se fijan y se aplican.",
                ]
            ),
        ],
    },
    {
        "key_factor": 8,
        "title": "Gestión de los recursos humanos",
        "slug": "gestion-de-los-recursos-humanos",
        "introduction": """
            La forma de contratar, pagar, destinar, formar y ascender a las personas moldea su integridad.
            Esta lección examina las prácticas de personal que recompensan la honestidad y reducen la tentación.
        """,
        "estimated_minutes": 12,
        "body": [
            rich_text("""
                <h2>De la contratación a la jubilación</h2>
                <p>La integridad depende de las personas, y a las personas las moldea la forma en que se las
                gestiona. La Declaración de Arusha revisada pide a las administraciones que apliquen buenas
                prácticas de recursos humanos a lo largo de toda la carrera de un funcionario.</p>
                <ul>
                <li><b>Contratación y ascenso por mérito</b>, mediante concurso abierto y criterios publicados,
                con comprobación de antecedentes para los puestos sensibles. Un puesto obtenido pagando o por
                contactos probablemente se usará para recuperar la inversión.</li>
                <li><b>Una remuneración</b> que permita a los funcionarios y a sus familias un nivel de vida
                digno. Un buen sueldo no garantiza la integridad, pero un sueldo demasiado bajo hace que la
                corrupción parezca una necesidad.</li>
                <li><b>Rotación</b> del personal en los puestos de alto riesgo, a intervalos razonables y con
                reglas transparentes, para que nadie construya una red sin control con los mismos
                operadores.</li>
                <li><b>Formación</b> en integridad desde la incorporación, con cursos de actualización y casos
                prácticos, y una formación específica para los directivos.</li>
                <li><b>Una gestión del desempeño</b> que valore la integridad y el servicio además de las cifras
                de recaudación, y que reconozca a quienes actúan correctamente.</li>
                <li><b>Una disciplina justa</b>, con procedimientos claros y sanciones coherentes.</li>
                </ul>
                <h2>Destinos que no se pueden comprar</h2>
                <p>En algunas administraciones, los puestos lucrativos se «venden» de manera informal. Unas
                reglas de destino transparentes, las vacantes publicadas y las decisiones tomadas por comités en
                lugar de por una sola persona cierran ese mercado. Las declaraciones de bienes, cuando la ley
                las prevé, ayudan a detectar patrimonios que los sueldos no pueden explicar.</p>
            """),
            scenario(
                "Un traslado a cambio de dinero",
                """<p>Un colega veterano le dice que puede conseguirle el traslado a un puesto fronterizo con
                mucho movimiento, donde «hay más que ganar», a cambio de un pago.</p>""",
                "¿Qué hace usted?",
                [
                    (
                        "Se niega y denuncia la oferta por el canal de integridad.",
                        True,
                        "Correcto. Vender destinos corrompe toda la cadena: quien paga espera recuperar el "
                        "dinero en la frontera. Denunciar ayuda a cerrar ese mercado.",
                    ),
                    (
                        "Paga: todo el mundo lo hace, y de otro modo no conseguiría ascender.",
                        False,
                        "Pagar le convierte en parte del sistema y le deja bajo el control del vendedor. La "
                        "respuesta son los procedimientos de destino transparentes, y necesitan que la gente "
                        "denuncie.",
                    ),
                    (
                        "Se niega, pero se lo guarda para evitar problemas.",
                        False,
                        "Negarse está bien; callar deja que el sistema continúe con la siguiente persona. Las "
                        "denuncias hechas de buena fe están protegidas.",
                    ),
                ],
            ),
            key_takeaways(
                [
                    "Lo primero es la contratación y el ascenso por mérito, con criterios publicados.",
                    "Un sueldo digno, la rotación en los puestos de alto riesgo y la formación en integridad "
                    "reducen la tentación.",
                    "La gestión del desempeño debe valorar la integridad, y la disciplina debe ser justa.",
                ]
            ),
        ],
    },
    {
        "key_factor": 9,
        "title": "Moral y cultura organizativa",
        "slug": "moral-y-cultura-organizativa",
        "introduction": """
            La corrupción prospera donde la moral es baja y la gente se siente tratada injustamente. Esta
            lección trata de construir un lugar de trabajo en el que los funcionarios estén orgullosos de su
            labor y dispuestos a hablar.
        """,
        "estimated_minutes": 10,
        "body": [
            rich_text("""
                <h2>Por qué importa la cultura</h2>
                <p>Las normas dicen a la gente lo que debe hacer; la cultura decide lo que realmente hace cuando
                nadie mira. En una administración en la que los funcionarios se sienten infravalorados, los
                ascensos parecen injustos y «todo el mundo lo hace» es la excusa habitual, incluso las buenas
                normas se ignoran. Donde los funcionarios están orgullosos de su servicio, confían en sus
                directivos y se sienten parte de un equipo que hace lo correcto, la corrupción se convierte en
                la excepción que los propios colegas rechazan.</p>
                <h2>Qué construye una cultura de integridad</h2>
                <ul>
                <li>una misión clara que el personal entiende y comparte: proteger a la sociedad, recaudar con
                justicia, facilitar el comercio legítimo;</li>
                <li>un trato justo en los destinos, los ascensos y la disciplina, que se perciba como
                justo;</li>
                <li>directivos que escuchan, explican sus decisiones y reconocen el buen trabajo, no solo las
                cifras de recaudación;</li>
                <li>encuestas periódicas al personal, con resultados compartidos y que dan lugar a
                medidas;</li>
                <li>la participación de los funcionarios en el diseño de las medidas de integridad, para que
                las hagan suyas;</li>
                <li>un entorno de trabajo que respete a las personas: equipos, seguridad, cargas de trabajo
                razonables.</li>
                </ul>
                <h2>El papel de los mandos intermedios</h2>
                <p>Los supervisores y los jefes de oficina son el lugar donde los valores de la organización se
                encuentran con el trabajo diario. Deciden quién recibe qué turno y qué puesto, qué
                preocupaciones se escuchan y qué errores se perdonan. Formarlos para dirigir con justicia,
                explicar sus decisiones y atender pronto las preocupaciones hace más por la cultura que
                cualquier campaña de carteles.</p>
                <h2>Hablar como costumbre</h2>
                <p>En una cultura sana, plantear una preocupación es normal y seguro. Los nuevos funcionarios
                aprenden de quienes les rodean mucho más que de los cursos de incorporación, así que lo que
                dicen y toleran los colegas con experiencia marca el verdadero listón.</p>
            """),
            scenario(
                "¿Esto es normal?",
                """<p>En la ventanilla de viajeros, los colegas bromean con que las pequeñas «propinas» de los
                viajeros son parte del trabajo. Una recién incorporada, en su segunda semana, le pregunta en voz
                baja si eso es normal.</p>""",
                "¿Qué le responde?",
                [
                    (
                        "Le dice que no tiene importancia: las cantidades son pequeñas y los viajeros las "
                        "ofrecen libremente.",
                        False,
                        "Los pequeños pagos son el comienzo de los grandes, y enseñan a los nuevos funcionarios "
                        "que las normas no se aplican. Su respuesta marca el listón de ella.",
                    ),
                    (
                        "Le dice claramente que no es aceptable, le explica por qué y plantea la costumbre del "
                        "equipo a su supervisor o a la unidad de integridad.",
                        True,
                        "Correcto. Ella aprende de usted el verdadero listón, y la práctica se aborda como un "
                        "asunto de gestión en lugar de dejarla en manos de cada persona.",
                    ),
                    (
                        "Le dice que no llame la atención y que no se meta.",
                        False,
                        "El silencio enseña que la práctica se tolera. Los nuevos funcionarios son los más "
                        "fáciles de influir, para bien o para mal.",
                    ),
                ],
            ),
            key_takeaways(
                [
                    "La cultura decide lo que la gente hace cuando nadie mira.",
                    "El trato justo, el reconocimiento y los directivos que escuchan generan orgullo y confianza.",
                    "Los colegas con experiencia marcan el verdadero listón para los nuevos funcionarios.",
                ]
            ),
        ],
    },
    {
        "key_factor": 10,
        "title": "Relación con el sector privado",
        "slug": "relacion-con-el-sector-privado",
        "introduction": """
            La corrupción en las aduanas siempre tiene dos partes. Esta lección muestra cómo una colaboración
            abierta y responsable con los operadores y sus asociaciones hace de la integridad un compromiso
            compartido.
        """,
        "estimated_minutes": 10,
        "body": [
            rich_text("""
                <h2>Las dos partes de cada soborno</h2>
                <p>Por cada funcionario que acepta un soborno, hay alguien que lo ofrece o lo paga. Por eso la
                Declaración de Arusha revisada pide a las aduanas que construyan una relación abierta,
                transparente y productiva con el sector privado, en la que operadores, agentes de aduanas y
                transportistas asuman su parte de responsabilidad en la integridad.</p>
                <h2>Herramientas de colaboración</h2>
                <ul>
                <li><b>Memorandos de entendimiento</b> con las asociaciones de comercio e industria, en los que
                ambas partes se comprometen con la integridad y a cooperar contra el contrabando y la
                corrupción;</li>
                <li><b>comités consultivos</b> en los que aduanas y comercio debaten abiertamente los
                procedimientos y los problemas, antes de introducir cambios;</li>
                <li><b>códigos de conducta para los agentes de aduanas</b> y otros intermediarios autorizados,
                con licencias que pueden retirarse por faltas;</li>
                <li><b>canales de queja y de denuncia</b> que los operadores pueden usar con seguridad, también
                para denunciar peticiones de pago;</li>
                <li><b>campañas conjuntas de sensibilización</b> que informan al público de lo que cuestan los
                servicios aduaneros (a menudo nada) y de cómo denunciar los abusos.</li>
                </ul>
                <h2>Intermediarios autorizados</h2>
                <p>Los agentes de aduanas y los transitarios están entre los operadores y los funcionarios, lo
                que les permite transmitir, o inventar, peticiones de pago. Las condiciones de las licencias
                deben incluir requisitos de integridad, y los agentes deben poder denunciar una exigencia
                indebida sin perder su relación con las aduanas. Publicar la lista de agentes autorizados
                también indica a los operadores con quién tratan.</p>
                <h2>La previsibilidad es el mejor incentivo</h2>
                <p>La mayoría de los operadores pagan sobornos para evitar retrasos e incertidumbre, no para
                hacer trampa. Cuando los procedimientos son previsibles y rápidos, desaparece el motivo
                comercial para pagar, y las empresas respetables se convierten en los aliados más firmes de la
                reforma.</p>
            """),
            scenario(
                "Una tarifa extraoficial",
                """<p>En una reunión del comité consultivo, un representante de una asociación de comercio
                propone una «tarifa extraoficial de facilitación» para que los socios sepan de antemano cuánto
                pagar por un despacho más rápido.</p>""",
                "¿Qué deberían proponer las aduanas en su lugar?",
                [
                    (
                        "Aceptar: al menos los pagos serían previsibles y se repartirían con justicia.",
                        False,
                        "El soborno organizado sigue siendo soborno, y consolidaría los retrasos que pretende "
                        "resolver. La previsibilidad debe venir de los propios procedimientos.",
                    ),
                    (
                        "Rechazarla y proponer un memorando de entendimiento con normas de servicio, un canal de "
                        "quejas y el compromiso de ambas partes de denunciar las peticiones de pago.",
                        True,
                        "Correcto. Las normas publicadas y un compromiso conjunto responden a la verdadera "
                        "preocupación de los operadores, el retraso, y permiten denunciar toda exigencia "
                        "indebida.",
                    ),
                    (
                        "No decir nada en la reunión y plantearlo después de manera informal.",
                        False,
                        "El silencio en una reunión formal puede tomarse como aprobación. Rechace la idea "
                        "abiertamente y ofrezca la alternativa legal.",
                    ),
                ],
            ),
            key_takeaways(
                [
                    "Cada soborno tiene dos partes: el sector privado comparte la responsabilidad de la integridad.",
                    "Los memorandos de entendimiento, los comités consultivos y los códigos para agentes "
                    "construyen la colaboración.",
                    "Los procedimientos rápidos y previsibles eliminan el motivo comercial para pagar.",
                ]
            ),
        ],
    },
]
