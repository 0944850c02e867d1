# docloc bilingual-page strings: Norwegian Bokmål (Norway) (nb-no). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = Vis engelsk
bilingual-show-translation = Vis oversettelse
bilingual-hint = Pek på eller velg en setning for å se den engelske kilden.
