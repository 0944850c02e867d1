# docloc bilingual-page strings: Italian (Italy) (it-it). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = Mostra inglese
bilingual-show-translation = Mostra traduzione
bilingual-hint = Punta o seleziona una frase per visualizzarne l’originale in inglese.
