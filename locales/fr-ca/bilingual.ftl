# docloc bilingual-page strings: French (Canada) (fr-ca). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = Afficher l’anglais
bilingual-show-translation = Afficher la traduction
bilingual-hint = Pointez une phrase ou sélectionnez-la pour voir sa source en anglais.
