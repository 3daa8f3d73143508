"""A demo practice translated by the moderators: bp-0001 (written in English by Norvania) in French and Spanish.

Each narrative field is one paragraph, as in the English record, so the
translation pairs with its source segment by segment (`home.demo.localized`).
"""

TRANSLATED_PRACTICE = "bp-0001"

PRACTICE_TRANSLATIONS = {
    "fr": {
        "title": (
            "Durée d’affectation plafonnée à trois ans aux postes routiers à haut risque, avec mutations planifiées"
        ),
        "slug": "duree-affectation-plafonnee-postes-routiers",
        "summary": """
            La Norvanie a limité à trois ans la durée pendant laquelle un agent peut servir à un
            passage routier classé à haut risque, et remplacé les mutations décidées au cas par cas
            par un calendrier de réaffectation publié.
        """,
        "problem": """
            Certains agents servaient depuis plus de dix ans aux mêmes passages routiers de l’est et
            avaient noué des liens personnels étroits avec les transporteurs et les transitaires de
            la région. Les mutations étaient décidées de manière informelle par les chefs régionaux,
            et le personnel les percevait comme une sanction ou comme du favoritisme. Un examen
            interne a relié ces longues affectations à plusieurs cas de minoration répétée des
            déclarations, dédouanées par la même équipe.
        """,
        "actions": """
            La direction des ressources humaines a classé 41 postes à haut risque d’après les
            données de saisies, le volume des plaintes et l’exposition aux espèces. Une durée
            d’affectation maximale de trois ans a été fixée pour ces postes, avec un délai de douze
            mois avant qu’un agent puisse revenir au même endroit. Les réaffectations sont prévues
            un an à l’avance dans un calendrier publié sur l’intranet, et chaque agent peut indiquer
            trois destinations souhaitées. Des indemnités de déménagement et une priorité pour les
            logements de fonction ont été introduites pour alléger le coût personnel du départ. Toute
            exception exige une justification écrite signée par le directeur général adjoint.
        """,
        "results": """
            En 2022, 94 % des agents en poste à haut risque respectaient la durée maximale, contre
            38 % en 2018. Les réclamations du personnel au sujet des mutations sont passées de 57 à
            12 par an, et la part des agents jugeant la procédure de réaffectation équitable est
            passée de 31 % à 68 % dans l’enquête interne. Les minorations récurrentes liées à une
            équipe donnée n’ont plus été observées aux quatre passages pilotes.
        """,
        "lessons_learned": """
            C’est la prévisibilité qui rend la rotation acceptable : les agents acceptent de partir
            lorsqu’ils savent quand et pourquoi. Déplacer des personnes sans organiser la
            transmission de leurs connaissances a fait baisser un temps les taux de détection ; des
            notes de passation écrites et deux semaines de chevauchement ont donc été ajoutées la
            deuxième année.
        """,
        "contact_unit": "Direction des ressources humaines – Section de la mobilité",
    },
    "es": {
        "title": (
            "Permanencia máxima de tres años en pasos fronterizos por carretera de alto riesgo, "
            "con traslados planificados"
        ),
        "slug": "permanencia-maxima-pasos-fronterizos-carretera",
        "summary": """
            Norvania limitó a tres años el tiempo que un funcionario puede prestar servicio en un
            paso fronterizo por carretera clasificado de alto riesgo y sustituyó los traslados
            improvisados por un calendario de reasignaciones publicado.
        """,
        "problem": """
            Algunos funcionarios llevaban más de diez años en los mismos pasos por carretera del este
            y habían creado lazos personales estrechos con los transportistas y agentes de carga de
            la zona. Los traslados los decidían de manera informal los jefes regionales, y el
            personal los percibía como castigo o como favoritismo. Una revisión interna vinculó esas
            permanencias prolongadas con varios casos de subdeclaración reiterada despachados por el
            mismo turno.
        """,
        "actions": """
            La dirección de recursos humanos clasificó 41 puestos como de alto riesgo a partir de los
            datos de incautaciones, el volumen de quejas y la exposición al efectivo. Para esos
            puestos se fijó una permanencia máxima de tres años, con un periodo de doce meses antes
            de que un funcionario pueda volver al mismo lugar. Las reasignaciones se planifican con
            un año de antelación en un calendario publicado en la intranet, y cada funcionario puede
            indicar tres destinos preferidos. Se introdujeron ayudas de traslado y prioridad en la
            vivienda oficial para aliviar el costo personal del cambio. Toda excepción requiere una
            justificación escrita firmada por el director general adjunto.
        """,
        "results": """
            En 2022, el 94 % de los funcionarios en puestos de alto riesgo respetaba el límite de
            permanencia, frente al 38 % en 2018. Las quejas del personal por traslados bajaron de 57
            a 12 al año, y la proporción de funcionarios que consideraba justo el proceso de
            reasignación pasó del 31 % al 68 % en la encuesta interna. En los cuatro pasos piloto ya
            no se observaron pautas recurrentes de subdeclaración ligadas a un turno concreto.
        """,
        "lessons_learned": """
            La previsibilidad es lo que hace aceptable la rotación: los funcionarios aceptan
            trasladarse cuando saben cuándo y por qué. Mover a las personas sin un proceso paralelo
            de transferencia de conocimientos redujo durante un tiempo las tasas de detección, por
            lo que en el segundo año se añadieron notas de relevo escritas y dos semanas de
            solapamiento.
        """,
        "contact_unit": "Dirección de Recursos Humanos – Sección de Movilidad",
    },
}
