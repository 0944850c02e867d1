# docloc bilingual-page strings: Malay (Malaysia) (ms-my). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = Tunjukkan bahasa Inggeris
bilingual-show-translation = Tunjukkan terjemahan
bilingual-hint = Tuding atau pilih ayat untuk melihat sumbernya dalam bahasa Inggeris.
