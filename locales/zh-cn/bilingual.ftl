# docloc bilingual-page strings: Chinese (Simplified, China) (zh-cn). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = 显示英文
bilingual-show-translation = 显示译文
bilingual-hint = 指向或选择某个句子即可查看其英文原文。
