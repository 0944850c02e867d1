# docloc bilingual-page strings: Japanese (Japan) (ja-jp). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = 英語を表示
bilingual-show-translation = 翻訳を表示
bilingual-hint = 文をポイントまたは選択すると、英語の原文が表示されます。
