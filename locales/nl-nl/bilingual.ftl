# docloc bilingual-page strings: Dutch (Netherlands) (nl-nl). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = Engels weergeven
bilingual-show-translation = Vertaling weergeven
bilingual-hint = Wijs een zin aan of selecteer deze om de Engelse brontekst te zien.
