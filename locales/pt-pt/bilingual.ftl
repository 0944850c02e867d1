# docloc bilingual-page strings: Portuguese (Portugal) (pt-pt). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = Mostrar inglês
bilingual-show-translation = Mostrar tradução
bilingual-hint = Aponte para uma frase ou selecione-a para ver o original em inglês.
