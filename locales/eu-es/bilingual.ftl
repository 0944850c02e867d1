# docloc bilingual-page strings: Basque (Spain) (eu-es). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = Erakutsi ingelesez
bilingual-show-translation = Erakutsi itzulpena
bilingual-hint = Seinalatu edo hautatu esaldi bat ingelesezko jatorrizkoa ikusteko.
