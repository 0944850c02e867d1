# docloc bilingual-page strings: Serbian (Latin, Serbia) (sr-latn-rs). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = Prikaži engleski
bilingual-show-translation = Prikaži prevod
bilingual-hint = Postavite pokazivač na rečenicu ili je izaberite da biste videli njen engleski original.
