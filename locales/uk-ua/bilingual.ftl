# docloc bilingual-page strings: Ukrainian (Ukraine) (uk-ua). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = Показати англійською
bilingual-show-translation = Показати переклад
bilingual-hint = Наведіть вказівник на речення або виберіть його, щоб побачити англійський оригінал.
