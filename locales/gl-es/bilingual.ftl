# docloc bilingual-page strings: Galician (Spain) (gl-es). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = Amosar o inglés
bilingual-show-translation = Amosar a tradución
bilingual-hint = Sinale ou seleccione unha frase para ver o seu orixinal en inglés.
