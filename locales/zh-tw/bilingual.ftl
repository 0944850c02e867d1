# docloc bilingual-page strings: Chinese (Traditional, Taiwan) (zh-tw). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = 顯示英文
bilingual-show-translation = 顯示翻譯
bilingual-hint = 指向或選取句子即可查看其英文原文。
