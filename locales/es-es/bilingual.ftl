# docloc bilingual-page strings: Spanish (Spain) (es-es). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = Mostrar inglés
bilingual-show-translation = Mostrar traducción
bilingual-hint = Señale o seleccione una frase para ver su original en inglés.
