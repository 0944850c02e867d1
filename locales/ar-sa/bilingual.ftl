# docloc bilingual-page strings: Arabic (Saudi Arabia) (ar-sa). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = إظهار النص الإنجليزي
bilingual-show-translation = إظهار الترجمة
bilingual-hint = أشر إلى جملة أو حددها لرؤية مصدرها باللغة الإنجليزية.
