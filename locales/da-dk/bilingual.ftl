# docloc bilingual-page strings: Danish (Denmark) (da-dk). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = Vis engelsk
bilingual-show-translation = Vis oversættelse
bilingual-hint = Peg på eller vælg en sætning for at se den engelske kilde.
