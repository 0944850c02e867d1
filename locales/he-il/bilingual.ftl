# docloc bilingual-page strings: Hebrew (Israel) (he-il). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = הצג אנגלית
bilingual-show-translation = הצג תרגום
bilingual-hint = הצבע על משפט או בחר אותו כדי לראות את המקור שלו באנגלית.
