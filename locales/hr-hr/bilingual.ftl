# docloc bilingual-page strings: Croatian (Croatia) (hr-hr). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = Prikaži engleski
bilingual-show-translation = Prikaži prijevod
bilingual-hint = Pokažite na rečenicu ili je odaberite da biste vidjeli njezin engleski izvornik.
