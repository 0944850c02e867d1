# docloc bilingual-page strings: Hungarian (Hungary) (hu-hu). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = Angol szöveg megjelenítése
bilingual-show-translation = Fordítás megjelenítése
bilingual-hint = Mutasson egy mondatra, vagy jelölje ki, ha látni szeretné az angol eredetijét.
