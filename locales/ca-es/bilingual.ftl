# docloc bilingual-page strings: Catalan (Spain) (ca-es). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = Mostra l’anglès
bilingual-show-translation = Mostra la traducció
bilingual-hint = Assenyaleu o seleccioneu una frase per veure’n l’original en anglès.
