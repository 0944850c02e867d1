# docloc bilingual-page strings: Czech (Czechia) (cs-cz). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = Zobrazit angličtinu
bilingual-show-translation = Zobrazit překlad
bilingual-hint = Najetím na větu nebo jejím výběrem zobrazíte její anglický originál.
