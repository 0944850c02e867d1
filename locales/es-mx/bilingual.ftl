# docloc bilingual-page strings: Spanish (Mexico) (es-mx). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = Mostrar inglés
bilingual-show-translation = Mostrar traducción
bilingual-hint = Señala o selecciona una oración para ver su original en inglés.
