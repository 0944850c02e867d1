# docloc bilingual-page strings: Indonesian (Indonesia) (id-id). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = Tampilkan bahasa Inggris
bilingual-show-translation = Tampilkan terjemahan
bilingual-hint = Arahkan ke atau pilih kalimat untuk melihat sumbernya dalam bahasa Inggris.
