# docloc bilingual-page strings: Korean (Korea) (ko-kr). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = 영어 표시
bilingual-show-translation = 번역 표시
bilingual-hint = 문장을 가리키거나 선택하면 영어 원문을 볼 수 있습니다.
