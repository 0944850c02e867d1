# docloc bilingual-page strings: Turkish (Türkiye) (tr-tr). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = İngilizcesini göster
bilingual-show-translation = Çeviriyi göster
bilingual-hint = İngilizce kaynağını görmek için bir cümlenin üzerine gelin veya cümleyi seçin.
