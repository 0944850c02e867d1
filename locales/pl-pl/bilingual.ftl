# docloc bilingual-page strings: Polish (Poland) (pl-pl). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = Pokaż angielski
bilingual-show-translation = Pokaż tłumaczenie
bilingual-hint = Wskaż lub wybierz zdanie, aby zobaczyć jego angielski oryginał.
