# docloc bilingual-page strings: Slovenian (Slovenia) (sl-si). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = Pokaži angleščino
bilingual-show-translation = Pokaži prevod
bilingual-hint = Pokažite na stavek ali ga izberite, če želite videti njegov angleški izvirnik.
