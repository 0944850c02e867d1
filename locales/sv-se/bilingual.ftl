# docloc bilingual-page strings: Swedish (Sweden) (sv-se). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = Visa engelska
bilingual-show-translation = Visa översättning
bilingual-hint = Peka på eller välj en mening om du vill se den engelska källtexten.
