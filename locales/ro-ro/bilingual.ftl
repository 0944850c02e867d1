# docloc bilingual-page strings: Romanian (Romania) (ro-ro). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = Afișați în engleză
bilingual-show-translation = Afișați traducerea
bilingual-hint = Indicați sau selectați o propoziție pentru a vedea originalul în engleză.
