# docloc bilingual-page strings: Russian (Russia) (ru-ru). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = Показать английский текст
bilingual-show-translation = Показать перевод
bilingual-hint = Наведите указатель на предложение или выберите его, чтобы увидеть английский оригинал.
