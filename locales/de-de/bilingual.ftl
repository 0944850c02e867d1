# docloc bilingual-page strings: German (Germany) (de-de). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = Englisch anzeigen
bilingual-show-translation = Übersetzung anzeigen
bilingual-hint = Zeigen Sie auf einen Satz, oder wählen Sie ihn aus, um den englischen Ausgangstext anzuzeigen.
